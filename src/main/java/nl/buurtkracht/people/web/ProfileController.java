package nl.buurtkracht.people.web;

import java.util.Arrays;
import java.util.Locale;
import nl.buurtkracht.people.ProfileItemKind;
import nl.buurtkracht.people.ProfileView;
import nl.buurtkracht.people.Profiles;
import nl.buurtkracht.people.Visibility;
import nl.buurtkracht.system.CurrentUser;
import nl.buurtkracht.system.FormErrors;
import nl.buurtkracht.system.InvalidInput;
import nl.buurtkracht.system.NotFound;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The profile page, strengths first: a resident fills in what they can, like, offer and wish for
 * by ticking suggestions and adding a word; a street host or builder does the same for a
 * neighbour they act for. Works without JavaScript.
 */
@Controller
class ProfileController {

    private final Profiles profiles;
    private final FormErrors formErrors;

    ProfileController(Profiles profiles, FormErrors formErrors) {
        this.profiles = profiles;
        this.formErrors = formErrors;
    }

    @GetMapping("/profile")
    String mine(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String saved, Model model) {
        long id = ownId(user);
        ProfileView view = profiles.readFor(user, id, "/profile");
        return page(view, ProfileForm.of(view), "/profile", false, saved != null, model);
    }

    @PostMapping("/profile")
    String saveMine(
        @AuthenticationPrincipal CurrentUser user,
        @RequestParam MultiValueMap<String, String> params,
        Model model,
        Locale locale
    ) {
        return save(user, ownId(user), "/profile", false, params, model, locale);
    }

    @GetMapping("/neighbours/{id}/profile")
    String neighbours(
        @PathVariable long id,
        @AuthenticationPrincipal CurrentUser user,
        @RequestParam(required = false) String saved,
        Model model
    ) {
        String path = "/neighbours/" + id + "/profile";
        ProfileView view = profiles.readFor(user, id, path);
        return page(view, ProfileForm.of(view), path, true, saved != null, model);
    }

    @PostMapping("/neighbours/{id}/profile")
    String saveNeighbours(
        @PathVariable long id,
        @AuthenticationPrincipal CurrentUser user,
        @RequestParam MultiValueMap<String, String> params,
        Model model,
        Locale locale
    ) {
        return save(user, id, "/neighbours/" + id + "/profile", true, params, model, locale);
    }

    private String save(
        CurrentUser user,
        long id,
        String path,
        boolean onBehalf,
        MultiValueMap<String, String> params,
        Model model,
        Locale locale
    ) {
        ProfileForm form = ProfileForm.from(params);
        try {
            profiles.save(user, id, form.toUpdate());
        } catch (InvalidInput e) {
            formErrors.addTo(model, e, locale);
            return page(profiles.readFor(user, id, path), form, path, onBehalf, false, model);
        }
        return "redirect:" + path + "?saved";
    }

    private static String page(
        ProfileView view,
        ProfileForm form,
        String path,
        boolean onBehalf,
        boolean saved,
        Model model
    ) {
        model.addAttribute("profile", view);
        model.addAttribute("form", form);
        model.addAttribute("action", path);
        model.addAttribute("onBehalf", onBehalf);
        model.addAttribute("saved", saved);
        model.addAttribute("kinds", Arrays.asList(ProfileItemKind.values()));
        model.addAttribute("visibilities", Arrays.asList(Visibility.values()));
        return "profile/edit";
    }

    private static long ownId(CurrentUser user) {
        if (user.residentId() == null) {
            throw new NotFound("profile of account " + user.accountId());
        }
        return user.residentId();
    }
}
