package nl.buurtkracht.system.web;

import jakarta.servlet.http.HttpServletRequest;
import nl.buurtkracht.system.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** What every page's layout needs: who is signed in and the links to switch language. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LayoutAdvice {

    @ModelAttribute("currentUser")
    @Nullable
    CurrentUser currentUser(@AuthenticationPrincipal @Nullable CurrentUser user) {
        return user;
    }

    @ModelAttribute("dutchUrl")
    String dutchUrl(HttpServletRequest request) {
        return withLanguage(request, "nl");
    }

    @ModelAttribute("englishUrl")
    String englishUrl(HttpServletRequest request) {
        return withLanguage(request, "en");
    }

    private static String withLanguage(HttpServletRequest request, String language) {
        return ServletUriComponentsBuilder.fromRequestUri(request)
            .replaceQueryParam("lang", language)
            .build()
            .toUriString()
            .replaceFirst("^https?://[^/]+", "");
    }
}
