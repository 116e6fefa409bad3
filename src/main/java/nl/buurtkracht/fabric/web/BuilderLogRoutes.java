package nl.buurtkracht.fabric.web;

import nl.buurtkracht.system.Role;
import nl.buurtkracht.system.RouteRules;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may use the builder's log: community builders write and read the log of their own
 * neighbourhoods (decided per neighbourhood in the module); administrators may read it.
 */
@Component
class BuilderLogRoutes implements RouteRules {

    @Override
    public void authorize(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes
            .requestMatchers("/neighbourhoods/*/builder-log")
            .hasAnyRole(Role.COMMUNITY_BUILDER.name(), Role.ADMINISTRATOR.name());
    }
}
