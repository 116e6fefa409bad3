package nl.buurtkracht.initiative.web;

import nl.buurtkracht.system.Role;
import nl.buurtkracht.system.RouteRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may use the initiative routes: residents, street hosts, builders and administrators read and
 * take part; municipality analysts see counts in reports, never who joins what. Whether someone may
 * change a particular initiative (an owner, its neighbourhood's builder) is decided in the module.
 * The continuity overview is the builder's (and the administrator's).
 */
@Component
class InitiativeRoutes implements RouteRules {

    private static final String[] PEOPLE = {
        Role.RESIDENT.name(),
        Role.STREET_HOST.name(),
        Role.COMMUNITY_BUILDER.name(),
        Role.ADMINISTRATOR.name(),
    };

    @Override
    public void authorize(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes
            .requestMatchers(HttpMethod.GET, "/neighbourhoods/*/continuity", "/api/v1/neighbourhoods/*/continuity")
            .hasAnyRole(Role.COMMUNITY_BUILDER.name(), Role.ADMINISTRATOR.name());
        routes
            .requestMatchers("/initiatives", "/initiatives/**", "/api/v1/initiatives", "/api/v1/initiatives/**")
            .hasAnyRole(PEOPLE);
    }
}
