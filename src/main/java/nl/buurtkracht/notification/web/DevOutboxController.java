package nl.buurtkracht.notification.web;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import nl.buurtkracht.notification.DailyDigest;
import nl.buurtkracht.notification.EmailOutbox;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * For administrators and developers: the mails that have not gone out. Without SMTP that is every
 * mail, so that one can read what residents would get; with SMTP only those still waiting or failing.
 */
@Controller
class DevOutboxController {

    private static final int MOST = 50;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** A mail with its time as text. */
    record Line(EmailOutbox.Mail mail, String created) {}

    private final EmailOutbox outbox;

    DevOutboxController(EmailOutbox outbox) {
        this.outbox = outbox;
    }

    @GetMapping("/dev/outbox")
    String outbox(Model model) {
        model.addAttribute("sending", outbox.sending());
        model.addAttribute(
            "mails",
            outbox
                .unsent(MOST)
                .stream()
                .map(m -> new Line(m, ZonedDateTime.ofInstant(m.createdAt(), DailyDigest.ZONE).format(WHEN)))
                .toList()
        );
        return "notifications/outbox";
    }
}
