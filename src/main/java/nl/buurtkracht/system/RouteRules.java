package nl.buurtkracht.system;

import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Each module declares who may use its routes. Anything no module declares is denied, and the
 * authorization-matrix test fails for a route without an entry.
 */
public interface RouteRules {
    void authorize(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry routes);
}
