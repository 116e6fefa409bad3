package nl.buurtkracht.activity.web;

import nl.buurtkracht.system.Role;
import nl.buurtkracht.system.RouteRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may use the activity routes: residents, street hosts, builders and administrators read the
 * programme, organise and sign up; whether someone may change a particular activity (its organiser,
 * who acts for its initiative, its neighbourhood's builder) and whose sign-up is whose is decided in
 * the module. Analysts see reports, not who comes to what. The calendar feed holds what the printed
 * programme on the community centre's notice board holds, without names, so calendar apps (which
 * cannot sign in) may fetch it.
 */
@Component
class ActivityRoutes implements RouteRules {

    private static final String[] PEOPLE = {
        Role.RESIDENT.name(),
        Role.STREET_HOST.name(),
        Role.COMMUNITY_BUILDER.name(),
        Role.ADMINISTRATOR.name(),
    };

    @Override
    public void authorize(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(HttpMethod.GET, "/calendar/activities.ics").permitAll();
        routes
            .requestMatchers(
                "/activities",
                "/activities/**",
                "/api/v1/activities",
                "/api/v1/activities/**",
                "/api/v1/activities.ics"
            )
            .hasAnyRole(PEOPLE);
    }
}
