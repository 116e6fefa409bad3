package nl.buurtkracht.people.web;

import nl.buurtkracht.system.CurrentUser;
import nl.buurtkracht.system.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestParam;

/** The landing page, the login page and "my street", the start page after login. */
@Controller
class HomeController {

    @GetMapping("/")
    String home(@AuthenticationPrincipal @Nullable CurrentUser user) {
        return user == null ? "index" : "redirect:/my-street";
    }

    @GetMapping("/login")
    String login(@AuthenticationPrincipal @Nullable CurrentUser user) {
        return user == null ? "login" : "redirect:/my-street";
    }

    /** Residents land on their street; professionals without an address on their neighbourhoods. */
    @GetMapping("/my-street")
    String myStreet(
        @AuthenticationPrincipal CurrentUser user,
        @RequestParam(required = false) @Nullable String welcome
    ) {
        // A newcomer who just joined is greeted on her street.
        String greeting = welcome == null ? "" : "?welcome";
        Long street = user.scope().homeStreetId();
        // The analyst sees aggregates only: reports are her starting point.
        if (street == null && user.has(Role.MUNICIPALITY_ANALYST) && !user.has(Role.ADMINISTRATOR)) {
            return "redirect:/reports";
        }
        return street == null ? "redirect:/neighbourhoods" : "redirect:/streets/" + street + greeting;
    }
}
