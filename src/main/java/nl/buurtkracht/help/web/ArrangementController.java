package nl.buurtkracht.help.web;

import java.time.LocalDate;
import java.util.Locale;
import nl.buurtkracht.help.ArrangementView;
import nl.buurtkracht.help.Arrangements;
import nl.buurtkracht.system.CurrentUser;
import nl.buurtkracht.system.FormErrors;
import nl.buurtkracht.system.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A regular arrangement: each time "we met" or "not this time" in one tap, and a private "how was it?". */
@Controller
class ArrangementController {

    private final Arrangements arrangements;
    private final HelpWords words;
    private final FormErrors formErrors;

    ArrangementController(Arrangements arrangements, HelpWords words, FormErrors formErrors) {
        this.arrangements = arrangements;
        this.words = words;
        this.formErrors = formErrors;
    }

    @GetMapping("/help/arrangements/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
        return page(arrangements.view(user, id), model, locale);
    }

    @PostMapping("/help/arrangements/{id}/times/{day}/met")
    String met(
        @PathVariable long id,
        @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
        @AuthenticationPrincipal CurrentUser user
    ) {
        arrangements.answer(user, id, day, "MET");
        return "redirect:/help/arrangements/" + id + "?answered#times";
    }

    @PostMapping("/help/arrangements/{id}/times/{day}/skip")
    String skip(
        @PathVariable long id,
        @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
        @AuthenticationPrincipal CurrentUser user
    ) {
        arrangements.answer(user, id, day, "SKIPPED");
        return "redirect:/help/arrangements/" + id + "?answered#times";
    }

    @PostMapping("/help/arrangements/{id}/feedback")
    String feedback(
        @PathVariable long id,
        @RequestParam(required = false) @Nullable String feeling,
        @RequestParam(required = false) @Nullable String note,
        @AuthenticationPrincipal CurrentUser user,
        Model model,
        Locale locale
    ) {
        try {
            arrangements.feedback(user, id, feeling == null ? "" : feeling, note == null ? "" : note);
            return "redirect:/help/arrangements/" + id + "?thanks#how-was-it";
        } catch (InvalidInput e) {
            formErrors.addTo(model, e, locale);
            return page(arrangements.view(user, id), model, locale);
        }
    }

    private String page(ArrangementView arrangement, Model model, Locale locale) {
        model.addAttribute("arrangement", arrangement);
        model.addAttribute("rhythm", words.rhythm(arrangement.rrule(), locale));
        model.addAttribute(
            "times",
            arrangement
                .times()
                .stream()
                .map(t -> new TimeLine(t, words.when(t.day(), t.startsAt().toLocalTime(), locale)))
                .toList()
        );
        return "help/arrangement";
    }

    /** One time as a line: the time and its day in words. */
    record TimeLine(ArrangementView.Time time, String when) {}
}
