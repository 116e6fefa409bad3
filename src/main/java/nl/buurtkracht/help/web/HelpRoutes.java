package nl.buurtkracht.help.web;

import nl.buurtkracht.system.Role;
import nl.buurtkracht.system.RouteRules;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may use the help routes: residents ask, offer and help; street hosts and builders ask for the
 * neighbours they support; administrators may look in. Whose ask, offer or arrangement is whose is
 * decided in the module, per object. Analysts see reports, never who needs what.
 */
@Component
class HelpRoutes implements RouteRules {

    @Override
    public void authorize(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes
            .requestMatchers(
                "/help",
                "/help/**",
                "/api/v1/asks",
                "/api/v1/asks/**",
                "/api/v1/offers",
                "/api/v1/offers/**",
                "/api/v1/arrangements",
                "/api/v1/arrangements/**"
            )
            .hasAnyRole(
                Role.RESIDENT.name(),
                Role.STREET_HOST.name(),
                Role.COMMUNITY_BUILDER.name(),
                Role.ADMINISTRATOR.name()
            );
    }
}
