package nl.buurtkracht.crisis.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.buurtkracht.crisis.CrisisMode;
import nl.buurtkracht.crisis.CrisisView;
import nl.buurtkracht.system.CurrentUser;
import nl.buurtkracht.system.LayoutContribution;
import nl.buurtkracht.system.Role;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Crisis mode on every page: residents of a neighbourhood in crisis see why, the help-desk hours of
 * its meeting places and where to ask for help; street hosts get their check-in list, builders their
 * overview. Builders also find the crisis switch in the menu.
 */
@Component
class CrisisLayout implements LayoutContribution {

    private final CrisisMode mode;
    private final HelpDeskLines desks;
    private final MessageSource messages;

    CrisisLayout(CrisisMode mode, HelpDeskLines desks, MessageSource messages) {
        this.mode = mode;
        this.desks = desks;
        this.messages = messages;
    }

    @Override
    public List<MenuLink> menuLinks(CurrentUser user, Locale locale) {
        if (!user.has(Role.COMMUNITY_BUILDER) || user.scope().builderNeighbourhoodIds().isEmpty()) {
            return List.of();
        }
        long first = user.scope().builderNeighbourhoodIds().stream().sorted().findFirst().orElseThrow();
        return List.of(
            new MenuLink("/neighbourhoods/" + first + "/crisis", messages.getMessage("crisis.nav", null, locale))
        );
    }

    @Override
    public List<Notice> notices(CurrentUser user, Locale locale) {
        Set<Long> neighbourhoods = new HashSet<>(user.scope().builderNeighbourhoodIds());
        if (user.scope().homeNeighbourhoodId() != null) {
            neighbourhoods.add(user.scope().homeNeighbourhoodId());
        }
        if (neighbourhoods.isEmpty() && user.scope().hostedStreetIds().isEmpty()) {
            return List.of();
        }
        List<Notice> notices = new ArrayList<>();
        for (CrisisView crisis : mode.onFor(neighbourhoods, user.scope().hostedStreetIds())) {
            String path;
            String label;
            if (mode.mayManage(user, crisis.neighbourhoodId())) {
                path = "/neighbourhoods/" + crisis.neighbourhoodId() + "/crisis";
                label = messages.getMessage("crisis.notice.manage", null, locale);
            } else if (user.has(Role.STREET_HOST)) {
                path = "/crisis/check-ins";
                label = messages.getMessage("crisis.notice.check-ins", null, locale);
            } else {
                path = "/help";
                label = messages.getMessage("crisis.notice.ask", null, locale);
            }
            List<String> lines = desks.of(crisis.neighbourhoodId(), locale);
            notices.add(
                new Notice(
                    messages.getMessage("crisis.notice.heading", new Object[] { crisis.neighbourhoodName() }, locale),
                    messages.getMessage(
                        lines.isEmpty() ? "crisis.notice.text.no-desk" : "crisis.notice.text",
                        new Object[] { crisis.reason() },
                        locale
                    ),
                    lines,
                    path,
                    label
                )
            );
        }
        return notices;
    }
}
