package nl.buurtkracht.notification.internal;

import java.util.List;
import nl.buurtkracht.activity.Activities;
import nl.buurtkracht.activity.ActivitySeatGiven;
import nl.buurtkracht.help.ArrangementLapsed;
import nl.buurtkracht.help.ArrangementMet;
import nl.buurtkracht.help.AskMatched;
import nl.buurtkracht.help.HelpKind;
import nl.buurtkracht.help.HelperInvited;
import nl.buurtkracht.notification.NotificationTopic;
import nl.buurtkracht.notification.Notifications;
import nl.buurtkracht.people.Resident;
import nl.buurtkracht.people.Residents;
import nl.buurtkracht.round.RoundSignalRaised;
import nl.buurtkracht.system.NotFound;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What other modules tell us, turned into notifications. Each listener runs after the event's
 * transaction, in its own, and is retried from the event registry if it fails.
 */
@Component
class NotificationListeners {

    /** Where the signals from rounds are listed. */
    private static final String ROUND_SIGNALS_LINK = "/rounds#signals";

    private final Notifications notifications;
    private final Residents residents;
    private final Activities activities;

    NotificationListeners(Notifications notifications, Residents residents, Activities activities) {
        this.notifications = notifications;
        this.residents = residents;
        this.activities = activities;
    }

    @ApplicationModuleListener
    void on(HelperInvited event) {
        notifications.notify(
            event.helperResidentId(),
            NotificationTopic.HELP_INVITATIONS,
            event.urgent(),
            "notification.help.invited",
            List.of(kind(event.kind())),
            "/help/asks/" + event.askId()
        );
    }

    /**
     * Both hear in the app at once; by mail at once only when the ask was urgent (otherwise in the
     * daily digest, unless they chose instant mail for matches).
     */
    @ApplicationModuleListener
    void on(AskMatched event) {
        String link = event.arrangementId() != null
            ? "/help/arrangements/" + event.arrangementId()
            : "/help/asks/" + event.askId();
        notifications.notify(
            event.askerResidentId(),
            NotificationTopic.HELP_MATCHES,
            event.urgent(),
            "notification.help.matched.asker",
            List.of(name(event.helperResidentId()), kind(event.kind())),
            link
        );
        notifications.notify(
            event.helperResidentId(),
            NotificationTopic.HELP_MATCHES,
            event.urgent(),
            "notification.help.matched.helper",
            List.of(name(event.askerResidentId()), kind(event.kind())),
            link
        );
    }

    /** After a first meeting both are asked, gently and privately, how it was. */
    @ApplicationModuleListener
    void on(ArrangementMet event) {
        if (!event.first()) {
            return;
        }
        String link = "/help/arrangements/" + event.arrangementId() + "#how-was-it";
        notifications.notify(
            event.askerResidentId(),
            NotificationTopic.ARRANGEMENT_FOLLOW_UP,
            false,
            "notification.arrangement.how-was-it",
            List.of(name(event.helperResidentId()), kind(event.kind())),
            link
        );
        notifications.notify(
            event.helperResidentId(),
            NotificationTopic.ARRANGEMENT_FOLLOW_UP,
            false,
            "notification.arrangement.how-was-it",
            List.of(name(event.askerResidentId()), kind(event.kind())),
            link
        );
    }

    /** The asker consented to this before the event was published. */
    @ApplicationModuleListener
    void on(ArrangementLapsed event) {
        String asker = name(event.askerResidentId());
        for (long host : event.streetHostResidentIds()) {
            notifications.notify(
                host,
                NotificationTopic.STREET_HOST_SIGNALS,
                false,
                "notification.arrangement.lapsed",
                List.of(asker),
                "/help/arrangements/" + event.arrangementId()
            );
        }
    }

    @ApplicationModuleListener
    void on(ActivitySeatGiven event) {
        String title;
        try {
            title = activities.get(event.activityId()).title();
        } catch (NotFound gone) {
            return;
        }
        notifications.notify(
            event.residentId(),
            NotificationTopic.ACTIVITY_SEATS,
            true,
            "notification.activity.seat",
            List.of(title, NotificationTexts.date(event.day())),
            "/activities/" + event.activityId()
        );
    }

    /**
     * A visit note asked for attention: the builder (the recipient agreed to share notes) or else the
     * street hosts hear that a neighbour could use some attention; no name and no note text travel in
     * the message or its mail, the signals page shows them to whom they are meant for.
     */
    @ApplicationModuleListener
    void on(RoundSignalRaised event) {
        for (long builder : event.builderAccountIds()) {
            notifications.notifyAccount(
                builder,
                NotificationTopic.ROUND_SIGNALS,
                false,
                "notification.round.signal",
                List.of(),
                ROUND_SIGNALS_LINK
            );
        }
        for (long host : event.streetHostResidentIds()) {
            notifications.notify(
                host,
                NotificationTopic.ROUND_SIGNALS,
                false,
                "notification.round.signal",
                List.of(),
                ROUND_SIGNALS_LINK
            );
        }
    }

    private String name(long residentId) {
        return residents.find(residentId).map(Resident::displayName).orElse("");
    }

    private static String kind(HelpKind kind) {
        return NotificationTexts.message("notification.kind." + kind.name());
    }
}
