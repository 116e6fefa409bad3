package nl.buurtkracht.place.web;

import nl.buurtkracht.system.Role;
import nl.buurtkracht.system.RouteRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may use the meeting places' routes: everybody signed in reads places and their free times;
 * residents, builders and administrators book rooms; builders and administrators keep places. Which
 * place a builder may keep, and whose booking someone may cancel, is decided in the services.
 */
@Component
class PlaceRoutes implements RouteRules {

    private static final String[] KEEPERS = { Role.COMMUNITY_BUILDER.name(), Role.ADMINISTRATOR.name() };
    private static final String[] BOOKERS = {
        Role.RESIDENT.name(),
        Role.COMMUNITY_BUILDER.name(),
        Role.ADMINISTRATOR.name(),
    };

    @Override
    public void authorize(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(HttpMethod.GET, "/places/new", "/places/*/edit", "/places/*/manage").hasAnyRole(KEEPERS);
        routes
            .requestMatchers(
                HttpMethod.GET,
                "/places",
                "/places/*",
                "/places/*/bookings",
                "/api/v1/places",
                "/api/v1/places/*",
                "/api/v1/places/*/bookings"
            )
            .authenticated();
        routes
            .requestMatchers(
                HttpMethod.POST,
                "/places/*/bookings",
                "/places/*/bookings/*/cancel",
                "/api/v1/places/*/bookings"
            )
            .hasAnyRole(BOOKERS);
        routes.requestMatchers(HttpMethod.DELETE, "/api/v1/places/*/bookings/*").hasAnyRole(BOOKERS);
        routes.requestMatchers("/places", "/places/**", "/api/v1/places", "/api/v1/places/**").hasAnyRole(KEEPERS);
    }
}
