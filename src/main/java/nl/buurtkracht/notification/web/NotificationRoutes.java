package nl.buurtkracht.notification.web;

import nl.buurtkracht.system.Role;
import nl.buurtkracht.system.RouteRules;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may use the notification routes: everyone signed in has their own messages and choices
 * (whose is whose is decided in the module); the "fewer mails" link works without signing in, its
 * signed token says whose mails it lowers; the dev outbox is for administrators.
 */
@Component
class NotificationRoutes implements RouteRules {

    @Override
    public void authorize(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers("/notifications/reduce").permitAll();
        routes
            .requestMatchers("/notifications", "/notifications/**", "/api/v1/notifications", "/api/v1/notifications/**")
            .authenticated();
        routes.requestMatchers("/dev/outbox").hasRole(Role.ADMINISTRATOR.name());
    }
}
