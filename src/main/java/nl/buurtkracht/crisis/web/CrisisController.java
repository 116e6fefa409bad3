package nl.buurtkracht.crisis.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import nl.buurtkracht.area.Areas;
import nl.buurtkracht.crisis.CheckInList;
import nl.buurtkracht.crisis.CheckIns;
import nl.buurtkracht.crisis.CrisisMode;
import nl.buurtkracht.crisis.TickOutcome;
import nl.buurtkracht.help.Asks;
import nl.buurtkracht.system.CurrentUser;
import nl.buurtkracht.system.FormErrors;
import nl.buurtkracht.system.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Crisis pages: the builder's switch with the asks nobody answered yet, the help-desk hours and how
 * far each block's check-ins are (and what earlier crises taught); the host's check-in list to tick
 * on a phone, with the open asks of their streets first.
 */
@Controller
class CrisisController {

    /** Open asks shown first, before the list: enough to act on, short enough for a phone. */
    private static final int ASKS_SHOWN = 10;

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private final CrisisMode mode;
    private final CheckIns checkIns;
    private final Asks asks;
    private final HelpDeskLines desks;
    private final FormErrors formErrors;
    private final MessageSource messages;
    private final Areas areas;

    CrisisController(
        CrisisMode mode,
        CheckIns checkIns,
        Asks asks,
        HelpDeskLines desks,
        FormErrors formErrors,
        MessageSource messages,
        Areas areas
    ) {
        this.areas = areas;
        this.mode = mode;
        this.checkIns = checkIns;
        this.asks = asks;
        this.desks = desks;
        this.formErrors = formErrors;
        this.messages = messages;
    }

    @GetMapping("/neighbourhoods/{id}/crisis")
    String overview(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
        CrisisMode.Overview overview = mode.overview(user, id);
        model.addAttribute("overview", overview);
        model.addAttribute(
            "otherNeighbourhoods",
            user
                .scope()
                .builderNeighbourhoodIds()
                .stream()
                .filter(n -> n != id)
                .sorted()
                .flatMap(n -> areas.neighbourhood(n).stream())
                .toList()
        );
        model.addAttribute("asks", overview.current() == null ? List.of() : asks.unanswered(user, id, ASKS_SHOWN));
        model.addAttribute("desks", desks.of(id, locale));
        model.addAttribute("when", DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", locale).withZone(AMSTERDAM));
        return "crisis/overview";
    }

    @PostMapping("/neighbourhoods/{id}/crisis")
    String switchOn(
        @PathVariable long id,
        @RequestParam(required = false) @Nullable String reason,
        @AuthenticationPrincipal CurrentUser user,
        Model model,
        Locale locale
    ) {
        try {
            mode.switchOn(user, id, reason);
            return "redirect:/neighbourhoods/" + id + "/crisis?on";
        } catch (InvalidInput e) {
            formErrors.addTo(model, e, locale);
            model.addAttribute("reason", reason);
            return overview(id, user, model, locale);
        }
    }

    @PostMapping("/neighbourhoods/{id}/crisis/off")
    String switchOff(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        mode.switchOff(user, id);
        return "redirect:/neighbourhoods/" + id + "/crisis?off";
    }

    @GetMapping("/crisis/check-ins")
    String checkIns(@AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
        List<CheckInList> lists = checkIns.lists(user);
        model.addAttribute("lists", lists);
        model.addAttribute(
            "asks",
            lists
                .stream()
                .flatMap(l -> asks.unanswered(user, l.crisis().neighbourhoodId(), ASKS_SHOWN).stream())
                .toList()
        );
        model.addAttribute("time", DateTimeFormatter.ofPattern("HH:mm", locale).withZone(AMSTERDAM));
        return "crisis/check-ins";
    }

    @PostMapping("/crisis/{crisisId}/check-ins/{residentId}")
    String tick(
        @PathVariable long crisisId,
        @PathVariable long residentId,
        @RequestParam(required = false) @Nullable String status,
        @AuthenticationPrincipal CurrentUser user,
        RedirectAttributes redirect,
        Locale locale
    ) {
        TickOutcome outcome;
        try {
            outcome = checkIns.tick(user, crisisId, residentId, status);
        } catch (InvalidInput e) {
            // Only a tampered form sends no or another word; say what to choose.
            redirect.addFlashAttribute("kept", messages.getMessage(e.problems().getFirst().messageKey(), null, locale));
            return "redirect:/crisis/check-ins#neighbour-" + residentId;
        }
        if (!outcome.applied()) {
            redirect.addFlashAttribute(
                "kept",
                messages.getMessage(
                    "crisis.check.kept",
                    new Object[] {
                        outcome.checkedBy(),
                        messages.getMessage("crisis.status." + outcome.status().name(), null, locale),
                        DateTimeFormatter.ofPattern("HH:mm").withZone(AMSTERDAM).format(outcome.checkedAt()),
                    },
                    locale
                )
            );
        }
        return "redirect:/crisis/check-ins#neighbour-" + residentId;
    }
}
