package nl.buurtkracht.search.web;

import nl.buurtkracht.system.Role;
import nl.buurtkracht.system.RouteRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Search shows people's names, so the analyst (aggregates only) has no search. */
@Component
class SearchRoutes implements RouteRules {

    @Override
    public void authorize(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry routes) {
        String[] roles = { Role.RESIDENT.name(), Role.COMMUNITY_BUILDER.name(), Role.ADMINISTRATOR.name() };
        routes.requestMatchers(HttpMethod.GET, "/search", "/api/v1/search").hasAnyRole(roles);
    }
}
