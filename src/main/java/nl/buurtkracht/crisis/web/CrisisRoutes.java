package nl.buurtkracht.crisis.web;

import nl.buurtkracht.system.Role;
import nl.buurtkracht.system.RouteRules;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may use the crisis pages: builders and administrators switch a neighbourhood (which one is
 * decided per neighbourhood in the module); street hosts tick check-ins (whose block is decided per
 * neighbour). Residents see crisis mode in the notice on every page; analysts not at all.
 */
@Component
class CrisisRoutes implements RouteRules {

    @Override
    public void authorize(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes
            .requestMatchers("/neighbourhoods/*/crisis", "/neighbourhoods/*/crisis/off")
            .hasAnyRole(Role.COMMUNITY_BUILDER.name(), Role.ADMINISTRATOR.name());
        routes.requestMatchers("/crisis/check-ins", "/crisis/*/check-ins/*").hasRole(Role.STREET_HOST.name());
    }
}
