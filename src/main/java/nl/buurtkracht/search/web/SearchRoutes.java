package nl.buurtkracht.search.web;

import nl.buurtkracht.system.Role;
import nl.buurtkracht.system.RouteRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Search shows people's names, so the analyst (aggregates only) has no search; assets are counts. */
@Component
class SearchRoutes implements RouteRules {

    @Override
    public void authorize(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry routes) {
        String[] roles = { Role.RESIDENT.name(), Role.COMMUNITY_BUILDER.name(), Role.ADMINISTRATOR.name() };
        routes.requestMatchers(HttpMethod.GET, "/search", "/api/v1/search").hasAnyRole(roles);
        // Looking for help for someone is for those who support neighbours; which neighbours, the
        // service decides (their street or neighbourhood).
        routes
            .requestMatchers(HttpMethod.GET, "/community-first", "/api/v1/community-first")
            .hasAnyRole(Role.STREET_HOST.name(), Role.COMMUNITY_BUILDER.name(), Role.ADMINISTRATOR.name());
        // Assets are counts for everyone who may see the area; names follow each person's choice,
        // which for the analyst (no home, no neighbourhoods of her own) is none.
        routes
            .requestMatchers(
                HttpMethod.GET,
                "/api/v1/blocks/*/assets",
                "/api/v1/streets/*/assets",
                "/api/v1/neighbourhoods/*/assets",
                "/api/v1/districts/*/assets",
                "/blocks/*/assets",
                "/streets/*/assets",
                "/neighbourhoods/*/assets",
                "/districts/*/assets"
            )
            .authenticated();
    }
}
