package nl.buurtkracht.notification.web;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.buurtkracht.notification.DailyDigest;
import nl.buurtkracht.notification.DeliveryLevel;
import nl.buurtkracht.notification.NotificationTopic;
import nl.buurtkracht.notification.NotificationView;
import nl.buurtkracht.notification.Notifications;
import nl.buurtkracht.system.CurrentUser;
import nl.buurtkracht.system.FormErrors;
import nl.buurtkracht.system.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The signed-in person's messages, newest first, each with one button for fewer of its kind; and
 * the page where they choose per topic how they want to hear of things.
 */
@Controller
@RequestMapping("/notifications")
class NotificationController {

    /** A notification with its time in words, and whether "fewer" can still lower its topic. */
    record Line(NotificationView notification, String when, boolean canLower) {}

    private final Notifications notifications;
    private final FormErrors formErrors;

    NotificationController(Notifications notifications, FormErrors formErrors) {
        this.notifications = notifications;
        this.formErrors = formErrors;
    }

    @GetMapping
    String list(
        @RequestParam(required = false) @Nullable String fewer,
        @AuthenticationPrincipal CurrentUser user,
        Model model,
        Locale locale
    ) {
        Map<NotificationTopic, DeliveryLevel> levels = notifications.levels(user.accountId());
        var format = DateTimeFormatter.ofPattern("EEEE d MMMM, HH:mm", locale);
        List<Line> lines = notifications
            .latest(user.accountId(), locale)
            .stream()
            .map(n ->
                new Line(
                    n,
                    ZonedDateTime.ofInstant(n.createdAt(), DailyDigest.ZONE).format(format),
                    levels.get(n.topic()) != DeliveryLevel.OFF
                )
            )
            .toList();
        model.addAttribute("lines", lines);
        model.addAttribute("unread", lines.stream().anyMatch(l -> !l.notification().read()));
        NotificationTopic lowered = fewer == null ? null : NotificationTopic.parse(fewer).orElse(null);
        model.addAttribute("lowered", lowered);
        model.addAttribute("loweredLevel", lowered == null ? null : levels.get(lowered));
        return "notifications/list";
    }

    @PostMapping("/read-all")
    String readAll(@AuthenticationPrincipal CurrentUser user) {
        notifications.markAllRead(user.accountId());
        return "redirect:/notifications?read";
    }

    /** "Fewer of these": one step less of the topic, at one press. */
    @PostMapping("/fewer")
    String fewer(@RequestParam(defaultValue = "") String topic, @AuthenticationPrincipal CurrentUser user) {
        var chosen = NotificationTopic.parse(topic);
        if (chosen.isEmpty()) {
            return "redirect:/notifications";
        }
        notifications.fewer(user.accountId(), chosen.get());
        return "redirect:/notifications?fewer=" + chosen.get().name();
    }

    @GetMapping("/settings")
    String settings(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("levels", notifications.levels(user.accountId()));
        model.addAttribute("choices", DeliveryLevel.values());
        return "notifications/settings";
    }

    @PostMapping("/settings")
    String choose(
        @RequestParam Map<String, String> form,
        @AuthenticationPrincipal CurrentUser user,
        Model model,
        Locale locale
    ) {
        Map<NotificationTopic, DeliveryLevel> chosen = new EnumMap<>(NotificationTopic.class);
        Map<NotificationTopic, DeliveryLevel> shown = new EnumMap<>(notifications.levels(user.accountId()));
        List<InvalidInput.FieldProblem> problems = new java.util.ArrayList<>();
        for (NotificationTopic topic : NotificationTopic.values()) {
            String value = form.get(topic.name());
            if (value == null) {
                continue;
            }
            var level = DeliveryLevel.parse(value);
            if (level.isEmpty()) {
                problems.add(new InvalidInput.FieldProblem(topic.name(), "notification.settings.invalid"));
            } else {
                chosen.put(topic, level.get());
                shown.put(topic, level.get());
            }
        }
        if (!problems.isEmpty()) {
            formErrors.addTo(model, new InvalidInput(problems), locale);
            model.addAttribute("levels", shown);
            model.addAttribute("choices", DeliveryLevel.values());
            return "notifications/settings";
        }
        notifications.choose(user.accountId(), chosen);
        return "redirect:/notifications/settings?saved";
    }
}
