package nl.buurtkracht.notification.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import nl.buurtkracht.notification.Notifications;
import nl.buurtkracht.system.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in person's notifications for scripts and apps, texts in the language asked for
 * (Accept-Language). Someone else's notification answers 404, as if it did not exist.
 */
@RestController
@RequestMapping("/api/v1/notifications")
class NotificationApiController {

    /** A notification as JSON. */
    record NotificationBody(
        long id,
        String topic,
        String text,
        String link,
        boolean urgent,
        Instant createdAt,
        boolean read
    ) {}

    private final Notifications notifications;

    NotificationApiController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping
    List<NotificationBody> list(@AuthenticationPrincipal CurrentUser user, Locale locale) {
        return notifications
            .latest(user.accountId(), locale)
            .stream()
            .map(n ->
                new NotificationBody(n.id(), n.topic().name(), n.text(), n.link(), n.urgent(), n.createdAt(), n.read())
            )
            .toList();
    }

    @PostMapping("/{id}/read")
    ResponseEntity<Void> read(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        notifications.markRead(user.accountId(), id);
        return ResponseEntity.noContent().build();
    }
}
