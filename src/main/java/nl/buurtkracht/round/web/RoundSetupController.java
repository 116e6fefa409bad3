package nl.buurtkracht.round.web;

import java.util.List;
import java.util.Locale;
import nl.buurtkracht.consent.ConsentMethod;
import nl.buurtkracht.initiative.InitiativeSummary;
import nl.buurtkracht.initiative.Initiatives;
import nl.buurtkracht.round.AddressResidents;
import nl.buurtkracht.round.RecipientView;
import nl.buurtkracht.round.RoundManagement;
import nl.buurtkracht.round.RoundView;
import nl.buurtkracht.round.Rounds;
import nl.buurtkracht.round.RoutePoint;
import nl.buurtkracht.round.TravelMode;
import nl.buurtkracht.round.web.RoundPageForms.RecipientPage;
import nl.buurtkracht.round.web.RoundPageForms.RoundPage;
import nl.buurtkracht.round.web.RoundPageForms.VolunteerPage;
import nl.buurtkracht.system.CurrentUser;
import nl.buurtkracht.system.FormErrors;
import nl.buurtkracht.system.InvalidInput;
import nl.buurtkracht.system.NotPermitted;
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
 * Setting up a round on the pages, for those who run it: a new round for an initiative, the
 * neighbours on its list (each with their yes to being visited, noted now if they said it out loud or
 * on paper) and its volunteers with how they travel and where they start and end.
 */
@Controller
class RoundSetupController {

    private final Rounds rounds;
    private final RoundManagement management;
    private final Initiatives initiatives;
    private final FormErrors formErrors;

    RoundSetupController(Rounds rounds, RoundManagement management, Initiatives initiatives, FormErrors formErrors) {
        this.rounds = rounds;
        this.management = management;
        this.initiatives = initiatives;
        this.formErrors = formErrors;
    }

    @GetMapping("/rounds/new")
    String newRound(
        @RequestParam(name = "initiative", required = false) @Nullable Long initiative,
        @AuthenticationPrincipal CurrentUser user,
        Model model
    ) {
        List<InitiativeSummary> mine = actable(user);
        Long chosen = initiative != null ? initiative : mine.size() == 1 ? mine.getFirst().id() : null;
        model.addAttribute("form", RoundPage.empty(chosen));
        return roundForm(user, model);
    }

    @PostMapping("/rounds")
    String create(
        @ModelAttribute("form") RoundPage form,
        @RequestParam(name = "formToken", required = false) @Nullable String formToken,
        @AuthenticationPrincipal CurrentUser user,
        Model model,
        Locale locale
    ) {
        try {
            long id = management.create(user, form.read(), formToken);
            return "redirect:/rounds/" + id + "?created";
        } catch (InvalidInput e) {
            formErrors.addTo(model, e, locale);
            return roundForm(user, model);
        }
    }

    @GetMapping("/rounds/{id}/recipients")
    String recipients(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("round", coordinated(user, id));
        model.addAttribute("recipients", rounds.recipients(user, id).stream().filter(RecipientView::active).toList());
        return "round/recipients";
    }

    @GetMapping("/rounds/{id}/recipients/new")
    String newRecipient(
        @PathVariable long id,
        @RequestParam(name = "lookupPostcode", required = false) @Nullable String postcode,
        @RequestParam(name = "lookupHouseNumber", required = false) @Nullable String houseNumber,
        @AuthenticationPrincipal CurrentUser user,
        Model model,
        Locale locale
    ) {
        RoundView round = coordinated(user, id);
        model.addAttribute("form", RecipientPage.empty(round.startsAt(), round.endsAt(), postcode, houseNumber));
        return recipientForm(user, round, postcode, houseNumber, model, locale);
    }

    @PostMapping("/rounds/{id}/recipients")
    String addRecipient(
        @PathVariable long id,
        @ModelAttribute("form") RecipientPage form,
        @RequestParam(name = "formToken", required = false) @Nullable String formToken,
        @AuthenticationPrincipal CurrentUser user,
        Model model,
        Locale locale
    ) {
        RoundView round = coordinated(user, id);
        try {
            management.addRecipient(user, id, form.read(), formToken);
            return "redirect:/rounds/" + id + "/recipients?added";
        } catch (InvalidInput e) {
            formErrors.addTo(model, e, locale);
            return recipientForm(user, round, form.lookupPostcode(), form.lookupHouseNumber(), model, locale);
        }
    }

    @PostMapping("/rounds/{id}/recipients/{residentId}/remove")
    String removeRecipient(
        @PathVariable long id,
        @PathVariable long residentId,
        @AuthenticationPrincipal CurrentUser user
    ) {
        management.removeRecipient(user, id, residentId);
        return "redirect:/rounds/" + id + "/recipients?removed";
    }

    @GetMapping("/rounds/{id}/volunteers")
    String volunteers(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("round", coordinated(user, id));
        model.addAttribute("volunteers", rounds.volunteers(user, id));
        return "round/volunteers";
    }

    @GetMapping("/rounds/{id}/volunteers/new")
    String newVolunteer(
        @PathVariable long id,
        @RequestParam(name = "lookupPostcode", required = false) @Nullable String postcode,
        @RequestParam(name = "lookupHouseNumber", required = false) @Nullable String houseNumber,
        @AuthenticationPrincipal CurrentUser user,
        Model model,
        Locale locale
    ) {
        RoundView round = coordinated(user, id);
        model.addAttribute("form", VolunteerPage.empty(postcode, houseNumber));
        return volunteerForm(user, round, postcode, houseNumber, model, locale);
    }

    @PostMapping("/rounds/{id}/volunteers")
    String addVolunteer(
        @PathVariable long id,
        @ModelAttribute("form") VolunteerPage form,
        @RequestParam(name = "formToken", required = false) @Nullable String formToken,
        @AuthenticationPrincipal CurrentUser user,
        Model model,
        Locale locale
    ) {
        RoundView round = coordinated(user, id);
        try {
            management.addVolunteer(user, id, form.read(), formToken);
            return "redirect:/rounds/" + id + "/volunteers?added";
        } catch (InvalidInput e) {
            formErrors.addTo(model, e, locale);
            return volunteerForm(user, round, form.lookupPostcode(), form.lookupHouseNumber(), model, locale);
        }
    }

    @PostMapping("/rounds/{id}/volunteers/{residentId}/remove")
    String removeVolunteer(
        @PathVariable long id,
        @PathVariable long residentId,
        @AuthenticationPrincipal CurrentUser user
    ) {
        management.removeVolunteer(user, id, residentId);
        return "redirect:/rounds/" + id + "/volunteers?removed";
    }

    private String roundForm(CurrentUser user, Model model) {
        model.addAttribute("initiatives", actable(user));
        model.addAttribute("rhythms", RoundPageForms.Rhythm.values());
        model.addAttribute("today", management.today());
        return "round/new";
    }

    private String recipientForm(
        CurrentUser user,
        RoundView round,
        @Nullable String postcode,
        @Nullable String houseNumber,
        Model model,
        Locale locale
    ) {
        model.addAttribute("round", round);
        model.addAttribute("waiting", rounds.waiting(user, round.id()));
        model.addAttribute("found", lookUp(user, round, postcode, houseNumber, model, locale));
        model.addAttribute("consentMethods", List.of(ConsentMethod.VERBAL, ConsentMethod.PAPER));
        return "round/recipient-form";
    }

    private String volunteerForm(
        CurrentUser user,
        RoundView round,
        @Nullable String postcode,
        @Nullable String houseNumber,
        Model model,
        Locale locale
    ) {
        model.addAttribute("round", round);
        model.addAttribute("found", lookUp(user, round, postcode, houseNumber, model, locale));
        model.addAttribute("modes", TravelMode.values());
        model.addAttribute("points", RoutePoint.Kind.values());
        return "round/volunteer-form";
    }

    /** The residents at the address searched for, if one was; a bad address is named beside its field. */
    private @Nullable AddressResidents lookUp(
        CurrentUser user,
        RoundView round,
        @Nullable String postcode,
        @Nullable String houseNumber,
        Model model,
        Locale locale
    ) {
        boolean searched = (postcode != null && !postcode.isBlank()) || (houseNumber != null && !houseNumber.isBlank());
        if (!searched) {
            return null;
        }
        try {
            return rounds.atAddress(
                user,
                round.id(),
                postcode == null ? "" : postcode,
                houseNumber == null ? "" : houseNumber
            );
        } catch (InvalidInput e) {
            if (!model.containsAttribute("errors")) {
                formErrors.addTo(model, e, locale);
            }
            return null;
        }
    }

    private RoundView coordinated(CurrentUser user, long id) {
        RoundView round = rounds.view(user, id);
        if (!round.coordinator()) {
            throw new NotPermitted("rounds.round.not-yours");
        }
        return round;
    }

    private List<InitiativeSummary> actable(CurrentUser user) {
        Long home = user.scope().homeNeighbourhoodId();
        return initiatives.actableBy(user, home == null ? 0 : home);
    }
}
