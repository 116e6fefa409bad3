package nl.buurtkracht.fabric.web;

import nl.buurtkracht.system.Role;
import nl.buurtkracht.system.RouteRules;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may use the watch routes. One's own watch ({@code /api/v1/me/watch}) is for residents; the
 * pages also for builders, who set up a watch for a neighbour and answer a nudge at the last stage;
 * signals for street hosts, builders and administrators. Whose watch is whose, and who may answer
 * which nudge, is decided in the module, per object. Analysts never see a person.
 */
@Component
class WatchRoutes implements RouteRules {

    @Override
    public void authorize(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes
            .requestMatchers("/api/v1/me/watch")
            .hasRole(Role.RESIDENT.name())
            .requestMatchers("/api/v1/signals")
            .hasAnyRole(Role.STREET_HOST.name(), Role.COMMUNITY_BUILDER.name(), Role.ADMINISTRATOR.name())
            .requestMatchers("/watch", "/watch/**")
            .hasAnyRole(Role.RESIDENT.name(), Role.STREET_HOST.name(), Role.COMMUNITY_BUILDER.name());
    }
}
