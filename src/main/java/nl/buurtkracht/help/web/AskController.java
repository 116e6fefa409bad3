package nl.buurtkracht.help.web;

import java.util.List;
import java.util.Locale;
import nl.buurtkracht.consent.ConsentMethod;
import nl.buurtkracht.help.AskStatus;
import nl.buurtkracht.help.AskView;
import nl.buurtkracht.help.Asks;
import nl.buurtkracht.help.Channel;
import nl.buurtkracht.help.ClaimOutcome;
import nl.buurtkracht.help.HelpKind;
import nl.buurtkracht.help.HelpManagement;
import nl.buurtkracht.help.Reach;
import nl.buurtkracht.help.Urgency;
import nl.buurtkracht.help.web.HelpPageForms.AskPage;
import nl.buurtkracht.people.Residents;
import nl.buurtkracht.system.CurrentUser;
import nl.buurtkracht.system.FormErrors;
import nl.buurtkracht.system.InvalidInput;
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
 * Asking, on one's own behalf or for a neighbour, and everything around one ask: the neighbours who
 * could help with their reasons, inviting them, "I will help", "not this time", taking it back.
 */
@Controller
class AskController {

    private final Asks asks;
    private final HelpManagement management;
    private final Residents residents;
    private final HelpWords words;
    private final FormErrors formErrors;

    AskController(Asks asks, HelpManagement management, Residents residents, HelpWords words, FormErrors formErrors) {
        this.asks = asks;
        this.management = management;
        this.residents = residents;
        this.words = words;
        this.formErrors = formErrors;
    }

    @GetMapping("/help/asks/new")
    String form(
        @RequestParam(required = false) @Nullable String kind,
        @RequestParam(name = "for", required = false) @Nullable Long forResidentId,
        @AuthenticationPrincipal CurrentUser user,
        Model model
    ) {
        model.addAttribute("form", AskPage.empty(kind, forResidentId));
        return formPage(user, model);
    }

    @PostMapping("/help/asks")
    String ask(
        @ModelAttribute("form") AskPage form,
        @RequestParam(name = "formToken", required = false) @Nullable String formToken,
        @AuthenticationPrincipal CurrentUser user,
        Model model,
        Locale locale
    ) {
        try {
            long id = management.ask(user, form.read(), formToken);
            return "redirect:/help/asks/" + id + "?asked";
        } catch (InvalidInput e) {
            formErrors.addTo(model, e, locale);
            return formPage(user, model);
        }
    }

    @GetMapping("/help/asks/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
        AskView ask = asks.view(user, id);
        model.addAttribute("ask", ask);
        model.addAttribute("when", words.when(ask, locale));
        model.addAttribute(
            "candidates",
            ask.mayManage() && ask.status() == AskStatus.OPEN ? asks.candidates(user, id, 10) : List.of()
        );
        return "help/ask";
    }

    @PostMapping("/help/asks/{id}/claim")
    String claim(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
        ClaimOutcome outcome = management.claim(user, id);
        if (outcome.won()) {
            return outcome.arrangementId() != null
                ? "redirect:/help/arrangements/" + outcome.arrangementId() + "?helping"
                : "redirect:/help/asks/" + id + "?helping";
        }
        model.addAttribute(
            "otherAsks",
            outcome
                .otherAsks()
                .stream()
                .map(a -> new HelpController.AskLine(a, words.when(a, locale)))
                .toList()
        );
        return "help/taken";
    }

    @PostMapping("/help/asks/{id}/decline")
    String decline(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        management.decline(user, id);
        return "redirect:/help?declined";
    }

    @PostMapping("/help/asks/{id}/invite")
    String invite(
        @PathVariable long id,
        @RequestParam(name = "helper", required = false) @Nullable List<Long> helpers,
        @RequestParam(name = "best", required = false) @Nullable String best,
        @AuthenticationPrincipal CurrentUser user,
        Model model,
        Locale locale
    ) {
        try {
            if (best != null) {
                management.inviteBest(user, id);
            } else {
                management.invite(user, id, helpers == null ? List.of() : helpers);
            }
            return "redirect:/help/asks/" + id + "?invited";
        } catch (InvalidInput e) {
            formErrors.addTo(model, e, locale);
            return show(id, user, model, locale);
        }
    }

    @PostMapping("/help/asks/{id}/withdraw")
    String withdraw(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        management.withdraw(user, id);
        return "redirect:/help?withdrawn";
    }

    private String formPage(CurrentUser user, Model model) {
        model.addAttribute("practical", HelpKind.of(HelpKind.Category.PRACTICAL));
        model.addAttribute("contact", HelpKind.of(HelpKind.Category.CONTACT));
        model.addAttribute("urgencies", Urgency.values());
        model.addAttribute("reaches", Reach.values());
        model.addAttribute("channels", Channel.values());
        model.addAttribute("consentMethods", List.of(ConsentMethod.VERBAL, ConsentMethod.PAPER));
        model.addAttribute("rhythms", Rhythm.values());
        model.addAttribute("represented", residents.representedBy(user.accountId()));
        model.addAttribute("forSelf", user.residentId() != null);
        model.addAttribute("today", management.today());
        return "help/ask-form";
    }
}
