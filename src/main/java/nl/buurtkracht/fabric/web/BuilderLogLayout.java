package nl.buurtkracht.fabric.web;

import java.util.List;
import java.util.Locale;
import nl.buurtkracht.system.CurrentUser;
import nl.buurtkracht.system.LayoutContribution;
import nl.buurtkracht.system.Role;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Puts the builder's log in the menu of community builders, at their first neighbourhood. */
@Component
class BuilderLogLayout implements LayoutContribution {

    private final MessageSource messages;

    BuilderLogLayout(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public List<MenuLink> menuLinks(CurrentUser user, Locale locale) {
        if (!user.has(Role.COMMUNITY_BUILDER) || user.scope().builderNeighbourhoodIds().isEmpty()) {
            return List.of();
        }
        long first = user.scope().builderNeighbourhoodIds().stream().sorted().findFirst().orElseThrow();
        return List.of(
            new MenuLink(
                "/neighbourhoods/" + first + "/builder-log",
                messages.getMessage("builder-log.nav", null, locale)
            )
        );
    }
}
