package nl.buurtkracht.system.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import nl.buurtkracht.system.CurrentUser;
import nl.buurtkracht.system.Inbox;
import nl.buurtkracht.system.LayoutContribution;
import nl.buurtkracht.system.LayoutContribution.MenuLink;
import nl.buurtkracht.system.LayoutContribution.Notice;
import nl.buurtkracht.system.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** What every page's layout needs: who is signed in, unread messages and the links to switch language. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LayoutAdvice {

    private final ObjectProvider<Inbox> inbox;
    private final ObjectProvider<LayoutContribution> contributions;

    LayoutAdvice(ObjectProvider<Inbox> inbox, ObjectProvider<LayoutContribution> contributions) {
        this.inbox = inbox;
        this.contributions = contributions;
    }

    /** Menu links other modules add for the signed-in person (reports, the builder's log). */
    @ModelAttribute("moduleLinks")
    List<MenuLink> moduleLinks(@AuthenticationPrincipal @Nullable CurrentUser user, Locale locale) {
        return user == null
            ? List.of()
            : contributions
                .orderedStream()
                .flatMap(c -> c.menuLinks(user, locale).stream())
                .toList();
    }

    /** Notices other modules put above every page for the signed-in person (crisis mode). */
    @ModelAttribute("pageNotices")
    List<Notice> pageNotices(@AuthenticationPrincipal @Nullable CurrentUser user, Locale locale) {
        return user == null
            ? List.of()
            : contributions
                .orderedStream()
                .flatMap(c -> c.notices(user, locale).stream())
                .toList();
    }

    /** Unread messages for the header link, or null when no one is signed in or nothing keeps them. */
    @ModelAttribute("unreadNotifications")
    @Nullable
    Long unreadNotifications(@AuthenticationPrincipal @Nullable CurrentUser user) {
        Inbox messages = inbox.getIfAvailable();
        return user == null || messages == null ? null : messages.unread(user.accountId());
    }

    @ModelAttribute("currentUser")
    @Nullable
    CurrentUser currentUser(@AuthenticationPrincipal @Nullable CurrentUser user) {
        return user;
    }

    /** Which menu items the signed-in person gets; decided here so templates need no role logic. */
    record Navigation(
        boolean myStreet,
        boolean profile,
        boolean search,
        boolean neighboursIHelp,
        boolean letters,
        boolean imports
    ) {}

    @ModelAttribute("navigation")
    @Nullable
    Navigation navigation(@AuthenticationPrincipal @Nullable CurrentUser user) {
        if (user == null) {
            return null;
        }
        boolean builderOrAdmin = user.has(Role.COMMUNITY_BUILDER) || user.has(Role.ADMINISTRATOR);
        return new Navigation(
            user.residentId() != null,
            user.has(Role.RESIDENT),
            // Search shows names, so not for the analyst, who sees aggregates only.
            user.has(Role.RESIDENT) || builderOrAdmin,
            user.has(Role.STREET_HOST) || user.has(Role.COMMUNITY_BUILDER),
            builderOrAdmin,
            builderOrAdmin
        );
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
