package nl.buurtkracht.people.web;

import nl.buurtkracht.system.Role;
import nl.buurtkracht.system.RouteRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may use the profile page and API: residents their own profile. A neighbour's profile is under
 * {@code /neighbours/**}, which {@code PeopleRoutes} opens to street hosts, builders and administrators;
 * whether they act for that neighbour is decided in {@code Profiles}. {@code /residents/{id}} shows what a
 * neighbour shares with the viewer.
 */
@Component
class ProfileRoutes implements RouteRules {

    private static final String RESIDENT = Role.RESIDENT.name();

    @Override
    public void authorize(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers("/profile").hasRole(RESIDENT);
        routes.requestMatchers(HttpMethod.GET, "/api/v1/me/profile").hasRole(RESIDENT);
        routes.requestMatchers(HttpMethod.PUT, "/api/v1/me/profile").hasRole(RESIDENT);
        // What a neighbour shares with the viewer; the analyst sees aggregates only, never a person.
        routes
            .requestMatchers(HttpMethod.GET, "/residents/*", "/api/v1/residents/*/profile")
            .hasAnyRole(RESIDENT, Role.COMMUNITY_BUILDER.name(), Role.ADMINISTRATOR.name());
    }
}
