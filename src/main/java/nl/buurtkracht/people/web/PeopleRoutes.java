package nl.buurtkracht.people.web;

import nl.buurtkracht.system.Role;
import nl.buurtkracht.system.RouteRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Who may use the people module's pages and API; object-level rules live in {@code AreaAccess}. */
@Component
class PeopleRoutes implements RouteRules {

    private static final String RESIDENT = Role.RESIDENT.name();
    private static final String HOST = Role.STREET_HOST.name();
    private static final String BUILDER = Role.COMMUNITY_BUILDER.name();
    private static final String ANALYST = Role.MUNICIPALITY_ANALYST.name();
    private static final String ADMIN = Role.ADMINISTRATOR.name();

    @Override
    public void authorize(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers("/join", "/login").permitAll();
        routes.requestMatchers(HttpMethod.GET, "/my-street").hasAnyRole(RESIDENT, BUILDER, ANALYST, ADMIN);
        routes.requestMatchers(HttpMethod.GET, "/neighbourhoods", "/neighbourhoods/*").authenticated();
        // Street pages show names: never to the analyst, who sees aggregates only.
        routes.requestMatchers(HttpMethod.GET, "/streets/*").hasAnyRole(RESIDENT, BUILDER, ADMIN);
        routes.requestMatchers("/neighbours", "/neighbours/**").hasAnyRole(HOST, BUILDER, ADMIN);
        routes.requestMatchers("/letters", "/letters/**").hasAnyRole(BUILDER, ADMIN);
        routes.requestMatchers(HttpMethod.GET, "/api/v1/me").authenticated();
        routes
            .requestMatchers(HttpMethod.GET, "/api/v1/neighbourhoods", "/api/v1/neighbourhoods/*/streets")
            .authenticated();
        routes.requestMatchers(HttpMethod.GET, "/api/v1/streets/*").hasAnyRole(RESIDENT, BUILDER, ADMIN);
    }
}
