package nl.buurtkracht.system.internal;

import java.util.List;
import nl.buurtkracht.system.AccountDirectory;
import nl.buurtkracht.system.ApiTokens;
import nl.buurtkracht.system.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/** Two filter chains: the JSON API with personal tokens, and the pages with a session and CSRF. */
@Configuration
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService userDetailsService(AccountDirectory accounts) {
        return login -> accounts.findByLogin(login).orElseThrow(() -> new UsernameNotFoundException("unknown"));
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(
        HttpSecurity http,
        List<RouteRules> rules,
        ApiTokens tokens,
        AccountDirectory accounts,
        ProblemResponses problems
    ) throws Exception {
        http
            .securityMatcher("/api/**")
            .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            // Tokens travel in a header, never in a cookie, so cross-site requests carry none.
            .csrf(c -> c.disable())
            .addFilterBefore(new ApiTokenFilter(tokens, accounts), BasicAuthenticationFilter.class)
            .exceptionHandling(e ->
                e.authenticationEntryPoint(problems::unauthorized).accessDeniedHandler(problems::forbidden)
            )
            .authorizeHttpRequests(routes -> {
                rules.forEach(r -> r.authorize(routes));
                routes.anyRequest().denyAll();
            });
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageChain(
        HttpSecurity http,
        List<RouteRules> rules,
        UserDetailsService users,
        PasswordEncoder encoder,
        LoginThrottle throttle,
        LoginFailureHandler failures
    ) throws Exception {
        var passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        http
            // The chain's own manager, with no parent: a provider that is also a bean would be
            // consulted twice and count every wrong password double.
            .authenticationManager(new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttle)))
            .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/my-street").failureHandler(failures).permitAll())
            .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/?loggedOut"))
            .headers(h ->
                h
                    .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                    .contentSecurityPolicy(c ->
                        c.policyDirectives(
                            "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; " +
                            "object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'"
                        )
                    )
            )
            .authorizeHttpRequests(routes -> {
                routes
                    .requestMatchers(
                        HttpMethod.GET,
                        "/",
                        "/assets/**",
                        "/webjars/**",
                        "/favicon.ico",
                        "/error",
                        "/actuator/health",
                        "/actuator/health/**",
                        "/actuator/prometheus",
                        "/v3/api-docs",
                        "/v3/api-docs.yaml",
                        "/v3/api-docs/**"
                    )
                    .permitAll();
                routes.requestMatchers("/error").permitAll();
                rules.forEach(r -> r.authorize(routes));
                routes.anyRequest().denyAll();
            });
        return http.build();
    }
}
