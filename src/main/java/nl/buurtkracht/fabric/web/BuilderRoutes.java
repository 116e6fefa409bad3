package nl.buurtkracht.fabric.web;

import nl.buurtkracht.system.Role;
import nl.buurtkracht.system.RouteRules;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The builder's pages are for community builders and administrators; which neighbourhood, street or
 * initiative is a builder's own is decided per object in the fabric module. The municipality's
 * analyst sees reports, not these pages: they hold signals and waiting neighbours.
 */
@Component
class BuilderRoutes implements RouteRules {

    @Override
    public void authorize(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes
            .requestMatchers("/builder", "/builder/**")
            .hasAnyRole(Role.COMMUNITY_BUILDER.name(), Role.ADMINISTRATOR.name());
    }
}
