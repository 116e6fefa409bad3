package nl.buurtkracht.help.web;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Locale;
import nl.buurtkracht.consent.ConsentMethod;
import nl.buurtkracht.help.Availability;
import nl.buurtkracht.help.ClaimOutcome;
import nl.buurtkracht.help.HelpKind;
import nl.buurtkracht.help.HelpManagement;
import nl.buurtkracht.help.OfferView;
import nl.buurtkracht.help.Offers;
import nl.buurtkracht.help.Reach;
import nl.buurtkracht.help.web.HelpPageForms.AcceptPage;
import nl.buurtkracht.help.web.HelpPageForms.OfferPage;
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
 * Standing offers: putting one up, pausing it, and "Ik wil graag…" — saying yes to a neighbour's
 * offer instead of having to ask, for oneself or for a neighbour one supports.
 */
@Controller
class OfferController {

    private final Offers offers;
    private final HelpManagement management;
    private final Residents residents;
    private final FormErrors formErrors;

    OfferController(Offers offers, HelpManagement management, Residents residents, FormErrors formErrors) {
        this.offers = offers;
        this.management = management;
        this.residents = residents;
        this.formErrors = formErrors;
    }

    @GetMapping("/help/offers/new")
    String form(Model model) {
        model.addAttribute("form", OfferPage.empty());
        return formPage(model);
    }

    @PostMapping("/help/offers")
    String offer(
        @ModelAttribute("form") OfferPage form,
        @RequestParam(name = "formToken", required = false) @Nullable String formToken,
        @AuthenticationPrincipal CurrentUser user,
        Model model,
        Locale locale
    ) {
        try {
            long id = management.offer(user, form.read(), formToken);
            return "redirect:/help/offers/" + id + "?offered";
        } catch (InvalidInput e) {
            formErrors.addTo(model, e, locale);
            return formPage(model);
        }
    }

    @GetMapping("/help/offers/{id}")
    String show(
        @PathVariable long id,
        @RequestParam(name = "for", required = false) @Nullable Long forResidentId,
        @AuthenticationPrincipal CurrentUser user,
        Model model
    ) {
        model.addAttribute("form", AcceptPage.empty(forResidentId));
        return offerPage(id, user, model);
    }

    @PostMapping("/help/offers/{id}/accept")
    String accept(
        @PathVariable long id,
        @ModelAttribute("form") AcceptPage form,
        @RequestParam(name = "formToken", required = false) @Nullable String formToken,
        @AuthenticationPrincipal CurrentUser user,
        Model model,
        Locale locale
    ) {
        try {
            ClaimOutcome outcome = management.acceptOffer(user, id, form.read(), formToken);
            return outcome.arrangementId() != null
                ? "redirect:/help/arrangements/" + outcome.arrangementId() + "?accepted"
                : "redirect:/help/asks/" + outcome.askId() + "?accepted";
        } catch (InvalidInput e) {
            formErrors.addTo(model, e, locale);
            return offerPage(id, user, model);
        }
    }

    @PostMapping("/help/offers/{id}/pause")
    String pause(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        management.setOfferActive(user, id, false);
        return "redirect:/help/offers/" + id;
    }

    @PostMapping("/help/offers/{id}/resume")
    String resume(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        management.setOfferActive(user, id, true);
        return "redirect:/help/offers/" + id;
    }

    private String offerPage(long id, CurrentUser user, Model model) {
        OfferView offer = offers.view(user, id);
        model.addAttribute("offer", offer);
        model.addAttribute("rhythms", Rhythm.values());
        model.addAttribute("represented", residents.representedBy(user.accountId()));
        model.addAttribute("forSelf", user.residentId() != null);
        model.addAttribute("consentMethods", List.of(ConsentMethod.VERBAL, ConsentMethod.PAPER));
        model.addAttribute("today", management.today());
        return "help/offer";
    }

    private String formPage(Model model) {
        model.addAttribute("practical", HelpKind.of(HelpKind.Category.PRACTICAL));
        model.addAttribute("contact", HelpKind.of(HelpKind.Category.CONTACT));
        model.addAttribute("reaches", Reach.values());
        model.addAttribute("days", DayOfWeek.values());
        model.addAttribute("parts", Availability.Part.values());
        return "help/offer-form";
    }
}
