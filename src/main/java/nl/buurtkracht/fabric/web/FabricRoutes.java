package nl.buurtkracht.fabric.web;

import nl.buurtkracht.system.Role;
import nl.buurtkracht.system.RouteRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may read the fabric's figures: builders, the municipality's analyst and administrators, and a
 * street host (for her own street only; which neighbourhood or street is whose is decided in
 * {@code FabricFigures}). Residents see their street, not figures about it.
 */
@Component
class FabricRoutes implements RouteRules {

    @Override
    public void authorize(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes
            .requestMatchers(HttpMethod.GET, "/api/v1/neighbourhoods/*/fabric")
            .hasAnyRole(Role.COMMUNITY_BUILDER.name(), Role.MUNICIPALITY_ANALYST.name(), Role.ADMINISTRATOR.name());
        routes
            .requestMatchers(HttpMethod.GET, "/api/v1/streets/*/fabric")
            .hasAnyRole(
                Role.STREET_HOST.name(),
                Role.COMMUNITY_BUILDER.name(),
                Role.MUNICIPALITY_ANALYST.name(),
                Role.ADMINISTRATOR.name()
            );
    }
}
