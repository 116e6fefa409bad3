package nl.buurtkracht.notification.web;

import nl.buurtkracht.notification.DeliveryLevel;
import nl.buurtkracht.notification.Notifications;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The "fewer mails" link of every email, which works without signing in: the link carries a signed
 * token, opening it only asks (mail scanners open links too), and one button lowers that topic.
 */
@Controller
@RequestMapping("/notifications/reduce")
class ReduceController {

    private final Notifications notifications;

    ReduceController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping
    String ask(
        @RequestParam(required = false) @Nullable String token,
        Model model,
        jakarta.servlet.http.HttpServletResponse response
    ) {
        var reduction = notifications.reduction(token);
        if (reduction.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("invalid", true);
            return "notifications/reduce";
        }
        DeliveryLevel now = notifications.level(reduction.get().accountId(), reduction.get().topic());
        model.addAttribute("token", token);
        model.addAttribute("topic", reduction.get().topic());
        model.addAttribute("now", now);
        model.addAttribute("then", now.lower());
        return "notifications/reduce";
    }

    @PostMapping
    String reduce(
        @RequestParam(required = false) @Nullable String token,
        Model model,
        jakarta.servlet.http.HttpServletResponse response
    ) {
        var reduction = notifications.reduction(token);
        if (reduction.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("invalid", true);
            return "notifications/reduce";
        }
        DeliveryLevel level = notifications.fewer(reduction.get().accountId(), reduction.get().topic());
        model.addAttribute("topic", reduction.get().topic());
        model.addAttribute("done", level);
        return "notifications/reduce";
    }
}
