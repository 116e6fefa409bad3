package nl.buurtkracht.round.web;

import nl.buurtkracht.system.Role;
import nl.buurtkracht.system.RouteRules;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may use the round routes: residents (recipients and volunteers), street hosts, builders and
 * administrators. Who coordinates which round and whose route is whose is decided in the module, per
 * object. Analysts see reports, never who is visited.
 */
@Component
class RoundRoutes implements RouteRules {

    @Override
    public void authorize(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes
            .requestMatchers("/rounds", "/rounds/**", "/api/v1/rounds", "/api/v1/rounds/**")
            .hasAnyRole(
                Role.RESIDENT.name(),
                Role.STREET_HOST.name(),
                Role.COMMUNITY_BUILDER.name(),
                Role.ADMINISTRATOR.name()
            );
    }
}
