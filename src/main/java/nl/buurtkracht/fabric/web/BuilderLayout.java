package nl.buurtkracht.fabric.web;

import java.util.List;
import java.util.Locale;
import nl.buurtkracht.system.CurrentUser;
import nl.buurtkracht.system.LayoutContribution;
import nl.buurtkracht.system.Role;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Puts the builder's view of her neighbourhoods in the menu of community builders. */
@Component
class BuilderLayout implements LayoutContribution {

    private final MessageSource messages;

    BuilderLayout(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public List<MenuLink> menuLinks(CurrentUser user, Locale locale) {
        if (!user.has(Role.COMMUNITY_BUILDER) || user.scope().builderNeighbourhoodIds().isEmpty()) {
            return List.of();
        }
        return List.of(new MenuLink("/builder", messages.getMessage("fabric.nav", null, locale)));
    }
}
