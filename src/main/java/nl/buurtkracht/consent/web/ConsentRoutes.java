package nl.buurtkracht.consent.web;

import nl.buurtkracht.system.RouteRules;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may use the privacy page: anyone signed in. It only ever shows the viewer's own consents; a
 * professional without a home address gets a page saying there is nothing to manage.
 */
@Component
class ConsentRoutes implements RouteRules {

    @Override
    public void authorize(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers("/settings/privacy").authenticated();
    }
}
