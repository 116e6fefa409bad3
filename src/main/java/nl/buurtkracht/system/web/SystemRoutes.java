package nl.buurtkracht.system.web;

import nl.buurtkracht.system.RouteRules;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may use the system module's own pages: the settings index and API tokens belong to whoever
 * is signed in. Other modules declare their own settings pages (the consent module owns privacy).
 */
@Component
class SystemRoutes implements RouteRules {

    @Override
    public void authorize(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers("/settings", "/settings/tokens", "/settings/tokens/**").authenticated();
    }
}
