package nl.buurtkracht.fabric.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nl.buurtkracht.consent.ConsentMethod;
import nl.buurtkracht.fabric.WatchAnswer;
import nl.buurtkracht.fabric.WatchNudgeView;
import nl.buurtkracht.fabric.WatchNudges;
import nl.buurtkracht.fabric.WatchOutcome;
import nl.buurtkracht.fabric.WatchView;
import nl.buurtkracht.fabric.Watches;
import nl.buurtkracht.fabric.internal.WatchRules;
import nl.buurtkracht.system.CurrentUser;
import nl.buurtkracht.system.FormErrors;
import nl.buurtkracht.system.InvalidInput;
import nl.buurtkracht.system.InvalidInput.FieldProblem;
import nl.buurtkracht.system.TypedInput;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The watch pages: a resident's own watch (or a neighbour's, for whoever acts for them, with
 * {@code ?for=}) to turn on, change, pause and stop; and the page a nudge links to, where a neighbour
 * answers "seen", "I'll go and look" or "I worry", and may leave the circle.
 */
@Controller
class WatchController {

    private final Watches watches;
    private final WatchNudges nudges;
    private final FormErrors formErrors;

    WatchController(Watches watches, WatchNudges nudges, FormErrors formErrors) {
        this.watches = watches;
        this.nudges = nudges;
        this.formErrors = formErrors;
    }

    @GetMapping("/watch")
    String show(
        @RequestParam(name = "for", required = false) @Nullable Long forResidentId,
        @AuthenticationPrincipal CurrentUser user,
        Model model,
        Locale locale
    ) {
        WatchView watch = watches.view(user, forResidentId);
        model.addAttribute("form", WatchPage.of(watch));
        return page(user, forResidentId, watch, model, locale);
    }

    @PostMapping("/watch")
    String save(
        @RequestParam(name = "for", required = false) @Nullable Long forResidentId,
        @ModelAttribute("form") WatchPage form,
        @AuthenticationPrincipal CurrentUser user,
        Model model,
        Locale locale
    ) {
        try {
            watches.save(user, forResidentId, form.read());
            return "redirect:/watch?saved" + forParam(forResidentId);
        } catch (InvalidInput e) {
            formErrors.addTo(model, e, locale);
            return page(user, forResidentId, watches.view(user, forResidentId), model, locale);
        }
    }

    @PostMapping("/watch/pause")
    String pause(
        @RequestParam(name = "for", required = false) @Nullable Long forResidentId,
        @RequestParam(required = false) @Nullable String pausedUntil,
        @AuthenticationPrincipal CurrentUser user,
        Model model,
        Locale locale
    ) {
        try {
            List<FieldProblem> problems = new ArrayList<>();
            LocalDate until = TypedInput.date(pausedUntil, "pausedUntil", problems);
            if (!problems.isEmpty()) {
                throw new InvalidInput(problems);
            }
            watches.pause(user, forResidentId, until);
            return "redirect:/watch?paused" + forParam(forResidentId);
        } catch (InvalidInput e) {
            formErrors.addTo(model, e, locale);
            WatchView watch = watches.view(user, forResidentId);
            model.addAttribute("form", WatchPage.of(watch));
            model.addAttribute("pausedUntil", pausedUntil);
            return page(user, forResidentId, watch, model, locale);
        }
    }

    @PostMapping("/watch/resume")
    String resume(
        @RequestParam(name = "for", required = false) @Nullable Long forResidentId,
        @AuthenticationPrincipal CurrentUser user
    ) {
        watches.resume(user, forResidentId);
        return "redirect:/watch?resumed" + forParam(forResidentId);
    }

    @PostMapping("/watch/stop")
    String stop(
        @RequestParam(name = "for", required = false) @Nullable Long forResidentId,
        @AuthenticationPrincipal CurrentUser user
    ) {
        watches.stop(user, forResidentId);
        return "redirect:/watch?stopped" + forParam(forResidentId);
    }

    @GetMapping("/watch/nudges/{id}")
    String nudge(
        @PathVariable long id,
        @RequestParam(required = false) @Nullable String outcome,
        @AuthenticationPrincipal CurrentUser user,
        Model model
    ) {
        WatchNudgeView nudge = nudges.view(user, id);
        model.addAttribute("nudge", nudge);
        model.addAttribute(
            "outcome",
            Arrays.stream(WatchOutcome.values())
                .filter(o -> o.name().equals(outcome))
                .findFirst()
                .orElse(null)
        );
        return "watch/nudge";
    }

    @PostMapping("/watch/nudges/{id}")
    String answer(
        @PathVariable long id,
        @RequestParam(required = false) @Nullable String answer,
        @AuthenticationPrincipal CurrentUser user,
        Model model,
        Locale locale
    ) {
        WatchAnswer chosen = Arrays.stream(WatchAnswer.values())
            .filter(a -> a.name().equals(answer))
            .findFirst()
            .orElse(null);
        if (chosen == null) {
            formErrors.addTo(model, InvalidInput.of("answer", "watch.answer.choice"), locale);
            return nudge(id, null, user, model);
        }
        return "redirect:/watch/nudges/" + id + "?outcome=" + nudges.answer(user, id, chosen).name();
    }

    @PostMapping("/watch/nudges/{id}/leave")
    String leave(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        String name = nudges.view(user, id).name();
        nudges.leave(user, id);
        model.addAttribute("name", name);
        return "watch/left";
    }

    private String page(CurrentUser user, @Nullable Long forResidentId, WatchView watch, Model model, Locale locale) {
        DateTimeFormatter day = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale);
        model.addAttribute("watch", watch);
        model.addAttribute("forId", forResidentId);
        model.addAttribute("candidates", watches.candidates(user, forResidentId));
        model.addAttribute("periods", WatchRules.PERIODS);
        model.addAttribute("consentMethods", List.of(ConsentMethod.VERBAL, ConsentMethod.PAPER));
        model.addAttribute("lastContact", watch.lastContact() == null ? null : day.format(watch.lastContact()));
        model.addAttribute("pausedUntilText", watch.pausedUntil() == null ? null : day.format(watch.pausedUntil()));
        model.addAttribute("earliestPause", watches.today().plusDays(1));
        if (!model.containsAttribute("pausedUntil")) {
            model.addAttribute("pausedUntil", "");
        }
        return "watch/settings";
    }

    private static String forParam(@Nullable Long forResidentId) {
        return forResidentId == null ? "" : "&for=" + forResidentId;
    }
}
