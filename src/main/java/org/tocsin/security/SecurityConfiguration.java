package org.tocsin.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Who may ask what. Staff pages use a login form (with a second step for two-factor accounts,
 * see {@link LoginController}) and a session kept in PostgreSQL; the JSON API is stateless and
 * authenticates every request itself (a personal API token, or HTTP Basic for accounts without
 * a second factor), so a browser session cannot be abused across sites to call it (and so it
 * needs no CSRF token).
 *
 * <ul>
 * <li>anyone: the paths in {@link #PUBLIC_PATHS};</li>
 * <li>administrators only: {@code /admin/**} (accounts, outbox, the emergency revoke);</li>
 * <li>any logged-in account: {@code /account/**} (their own password, second factor, sessions, tokens);</li>
 * <li>researchers and administrators: {@code /cases/{id}/access/**} (who sees a restricted case);</li>
 * <li>staff (administrator, researcher, coordinator): every other page and {@code /api/**}.
 *     Members get 403 for now: their pages come later.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** One path a line, so that additions from several branches merge cleanly. */
    static final String[] PUBLIC_PATHS = {
            "/login",
            "/login/code",
            "/password-reset",
            "/password-reset/**",
            "/css/**",
            "/js/**",
            "/webjars/**",
            "/favicon.ico",
            "/favicon.svg",
            "/take-action/**",
            "/feeds/**",
            "/error",
            "/actuator/health",
            "/actuator/health/**",
            "/v3/api-docs",
            "/v3/api-docs/**",
            "/join",
            "/join/**",
            "/members/unsubscribe/**",
            "/members/my-data",
            "/members/my-data/**",
            "/members/deleted",
            "/api/public/**",
    };

    static final String[] STAFF = {"ADMINISTRATOR", "RESEARCHER", "COORDINATOR"};

    @Bean
    PasswordEncoder passwordEncoder() {
        return Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
    }

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new DelegatingSecurityContextRepository(new RequestAttributeSecurityContextRepository(),
                new HttpSessionSecurityContextRepository());
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, UserAccounts accounts, PasswordEncoder encoder, LoginThrottle throttle,
                            TwoFactor twoFactor, ApiTokens tokens) throws Exception {
        // The API chain needs no CSRF exemption for /api/public/**: it keeps no session and has CSRF off.
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/api/public/**").permitAll()
                        .anyRequest().hasAnyRole(STAFF))
                .authenticationManager(new ProviderManager(new PasswordLogin(accounts, encoder, throttle, twoFactor, true)))
                .addFilterBefore(new BearerTokenFilter(tokens, accounts), BasicAuthenticationFilter.class)
                .httpBasic(basic -> basic.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, SecurityContextRepository contexts, TwoFactor twoFactor) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(PUBLIC_PATHS).permitAll()
                        .requestMatchers("/admin/**").hasRole("ADMINISTRATOR")
                        .requestMatchers("/account", "/account/**").authenticated()
                        // Who sees a restricted case: changed by researchers and administrators only.
                        .requestMatchers("/cases/*/access", "/cases/*/access/**").hasAnyRole("ADMINISTRATOR", "RESEARCHER")
                        // Uploaded documents are confidential until reviewed: they may hold anything.
                        .requestMatchers("/imports", "/imports/**").hasAnyRole("ADMINISTRATOR", "RESEARCHER")
                        .anyRequest().hasAnyRole(STAFF))
                .securityContext(context -> context.securityContextRepository(contexts))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")))
                .addFilterBefore(new SignedInFilter(twoFactor), AuthorizationFilter.class)
                // RFC 8058: a mail client's one-click unsubscribe POST carries no CSRF token; the path's secret is the proof.
                .csrf(csrf -> csrf.ignoringRequestMatchers("/members/unsubscribe/**"))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'"))
                        .referrerPolicy(Customizer.withDefaults()))
                .build();
    }
}
