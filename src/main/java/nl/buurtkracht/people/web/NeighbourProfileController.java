package nl.buurtkracht.people.web;

import nl.buurtkracht.people.ProfileItemKind;
import nl.buurtkracht.people.Profiles;
import nl.buurtkracht.people.Profiles.NeighbourProfile;
import nl.buurtkracht.system.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * A neighbour's profile as the viewer may see it, reached from a name on the asset map or in the
 * search: what they can do and like, "about me" and age band, each only as far as shared.
 */
@Controller
class NeighbourProfileController {

    private final Profiles profiles;

    NeighbourProfileController(Profiles profiles) {
        this.profiles = profiles;
    }

    @GetMapping("/residents/{id}")
    String page(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("profile", profiles.neighbourProfile(user, id));
        model.addAttribute("kinds", ProfileItemKind.values());
        return "profile/show";
    }

    @GetMapping("/api/v1/residents/{id}/profile")
    @ResponseBody
    NeighbourProfile api(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return profiles.neighbourProfile(user, id);
    }
}
