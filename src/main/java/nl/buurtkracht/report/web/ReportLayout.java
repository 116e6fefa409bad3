package nl.buurtkracht.report.web;

import java.util.List;
import java.util.Locale;
import nl.buurtkracht.system.CurrentUser;
import nl.buurtkracht.system.LayoutContribution;
import nl.buurtkracht.system.Role;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Puts the reports in the menu of analysts, builders and administrators. */
@Component
class ReportLayout implements LayoutContribution {

    private final MessageSource messages;

    ReportLayout(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public List<MenuLink> menuLinks(CurrentUser user, Locale locale) {
        boolean reads =
            user.has(Role.MUNICIPALITY_ANALYST) || user.has(Role.ADMINISTRATOR) || user.has(Role.COMMUNITY_BUILDER);
        return reads ? List.of(new MenuLink("/reports", messages.getMessage("reports.nav", null, locale))) : List.of();
    }
}
