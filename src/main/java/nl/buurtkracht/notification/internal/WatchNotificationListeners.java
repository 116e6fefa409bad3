package nl.buurtkracht.notification.internal;

import java.util.List;
import nl.buurtkracht.fabric.WatchCircleJoined;
import nl.buurtkracht.fabric.WatchNudged;
import nl.buurtkracht.fabric.WatchWorryRaised;
import nl.buurtkracht.notification.NotificationTopic;
import nl.buurtkracht.notification.Notifications;
import nl.buurtkracht.people.Resident;
import nl.buurtkracht.people.Residents;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The out-of-sight watch in words: a gentle, private question to the circle, then the street host,
 * then (with the resident's consent) the builder, each linking to the page where they answer. A
 * worry is urgent; the rest follows each reader's own choice of mail. Each listener runs after the
 * event's transaction, in its own, and is retried from the event registry if it fails.
 */
@Component
class WatchNotificationListeners {

    private static final String TOPIC_LINK = "/watch/nudges/";

    private final Notifications notifications;
    private final Residents residents;

    WatchNotificationListeners(Notifications notifications, Residents residents) {
        this.notifications = notifications;
        this.residents = residents;
    }

    @ApplicationModuleListener
    void on(WatchCircleJoined event) {
        String name = name(event.aboutResidentId());
        for (long member : event.memberResidentIds()) {
            notifications.notify(
                member,
                NotificationTopic.OUT_OF_SIGHT_WATCH,
                false,
                "notification.watch.joined",
                List.of(name),
                TOPIC_LINK + event.watchId()
            );
        }
    }

    @ApplicationModuleListener
    void on(WatchNudged event) {
        String name = name(event.aboutResidentId());
        String days = Integer.toString(event.quietDays());
        String key = switch (event.stage()) {
            case 1 -> "notification.watch.nudge.circle";
            case 2 -> "notification.watch.nudge.host";
            default -> "notification.watch.nudge.builder";
        };
        String link = TOPIC_LINK + event.watchId();
        for (long resident : event.residentIds()) {
            notifications.notify(resident, NotificationTopic.OUT_OF_SIGHT_WATCH, false, key, List.of(name, days), link);
        }
        for (long account : event.accountIds()) {
            notifications.notifyAccount(
                account,
                NotificationTopic.OUT_OF_SIGHT_WATCH,
                false,
                key,
                List.of(name, days),
                link
            );
        }
    }

    /** A worry is told at once, by mail too unless the reader chose the app only. */
    @ApplicationModuleListener
    void on(WatchWorryRaised event) {
        String name = name(event.aboutResidentId());
        String link = TOPIC_LINK + event.watchId();
        List<String> args = event.raisedByResidentId() == null
            ? List.of(name, NotificationTexts.message("notification.watch.worry.someone"))
            : List.of(name, name(event.raisedByResidentId()));
        for (long host : event.hostResidentIds()) {
            notifications.notify(
                host,
                NotificationTopic.OUT_OF_SIGHT_WATCH,
                true,
                "notification.watch.worry",
                args,
                link
            );
        }
        for (long account : event.builderAccountIds()) {
            notifications.notifyAccount(
                account,
                NotificationTopic.OUT_OF_SIGHT_WATCH,
                true,
                "notification.watch.worry",
                args,
                link
            );
        }
    }

    private String name(long residentId) {
        return residents.find(residentId).map(Resident::displayName).orElse("");
    }
}
