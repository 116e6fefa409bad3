package nl.buurtkracht.directory.web;

import nl.buurtkracht.system.Role;
import nl.buurtkracht.system.RouteRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may use the service directory's routes: everybody signed in reads it, community builders and
 * administrators keep it. Which services a builder may change is decided in {@code ServiceDirectory}.
 */
@Component
class DirectoryRoutes implements RouteRules {

    @Override
    public void authorize(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(HttpMethod.GET, "/services", "/api/v1/services").authenticated();
        routes
            .requestMatchers("/services", "/services/**", "/api/v1/services", "/api/v1/services/**")
            .hasAnyRole(Role.COMMUNITY_BUILDER.name(), Role.ADMINISTRATOR.name());
    }
}
