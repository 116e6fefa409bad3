package nl.buurtkracht.report.web;

import nl.buurtkracht.system.Role;
import nl.buurtkracht.system.RouteRules;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may read reports: municipality analysts and administrators (every neighbourhood) and community
 * builders (their own neighbourhoods, decided per neighbourhood in the module). Residents and street
 * hosts have no use for them.
 */
@Component
class ReportRoutes implements RouteRules {

    @Override
    public void authorize(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes
            .requestMatchers("/reports", "/reports/**", "/api/v1/reports/**")
            .hasAnyRole(Role.MUNICIPALITY_ANALYST.name(), Role.COMMUNITY_BUILDER.name(), Role.ADMINISTRATOR.name());
    }
}
