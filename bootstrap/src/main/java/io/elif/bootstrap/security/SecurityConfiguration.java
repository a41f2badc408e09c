package io.elif.bootstrap.security;

import io.elif.bootstrap.tenancy.TenantContext;
import io.elif.bootstrap.web.ProblemWriter;
import io.elif.bootstrap.web.SecurityHeaders;
import io.elif.identity.AuditAction;
import io.elif.identity.AuditEntry;
import io.elif.identity.AuditOutcome;
import io.elif.identity.Authenticator;
import io.elif.identity.RequestOrigin;
import io.elif.identity.SecurityAudit;
import io.elif.identity.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.authentication.session.NullAuthenticatedSessionStrategy;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;

import java.time.Clock;

/**
 * The security filter chain: credentials to user (CredentialAuthentication), the permission matrix on
 * every API operation, the operator token on the operator endpoints (OperatorAuthentication), double-submit
 * CSRF protection for cookie sessions, security headers, and problem+json for 401 and 403. No HTTP session
 * is ever created.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /**
     * Boot observes each request once; Spring Security would also observe each of its filters, which the
     * profile of a read showed as a visible share of the request path's own cost, for nothing anyone reads.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, Authenticator authenticator, SecurityAudit audit,
                                            ProblemWriter problems,
                                            @Value("${elif.security.cookie-domain:}") String cookieDomain,
                                            @Value("${elif.security.secure-cookies:false}") boolean secureCookies,
                                            @Value("${" + OperatorToken.PROPERTY + ":}") String operatorTokenSha256)
            throws Exception {
        var csrfTokens = CookieCsrfTokenRepository.withHttpOnlyFalse();
        csrfTokens.setCookieCustomizer(cookie -> {
            cookie.sameSite("Lax").path("/");
            if (secureCookies) {
                cookie.secure(true);
            }
            if (!cookieDomain.isBlank()) {
                cookie.domain(cookieDomain);
            }
        });
        var matrix = PermissionMatrix.load();
        return http
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .cors(cors -> cors.disable()) // answered before this chain: io.elif.bootstrap.web.CrossOriginApi
                // double-submit cookie: the raw token of the XSRF-TOKEN cookie must come back as X-XSRF-TOKEN;
                // issued once and kept, not renewed on every request of a stateless session
                .csrf(csrf -> csrf
                        .csrfTokenRepository(csrfTokens)
                        .csrfTokenRequestHandler(new HeaderOnlyCsrfToken())
                        .sessionAuthenticationStrategy(new NullAuthenticatedSessionStrategy())
                        // an API token is not sent by browsers on their own, so it needs no CSRF token; nor do the
                        // operator endpoints, which take the operator's bearer token only, never a cookie
                        .ignoringRequestMatchers(request -> CredentialAuthentication.bearerToken(request).isPresent())
                        .ignoringRequestMatchers(OperatorAuthentication.OPERATOR_PATHS))
                .addFilterBefore(new CredentialAuthentication(authenticator, problems), AnonymousAuthenticationFilter.class)
                .addFilterBefore(new OperatorAuthentication(OperatorToken.fromConfiguration(operatorTokenSha256), problems),
                        AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/api/**").access(matrix)
                        // anyone may ask whether the instance serves; what each tenant's state is, only operators
                        .requestMatchers("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")
                        .permitAll()
                        .requestMatchers(OperatorAuthentication.OPERATOR_PATHS).hasRole(OperatorAuthentication.ROLE)
                        .anyRequest().permitAll())
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> problems.write(response,
                                HttpStatus.UNAUTHORIZED, "unauthenticated", "Unauthenticated",
                                OperatorAuthentication.OPERATOR_PATHS.matches(request)
                                        ? "This needs the operator token"
                                        : "Sign in to do this; your session may have ended"))
                        .accessDeniedHandler(accessDenied(audit, problems, matrix)))
                .headers(headers -> {
                    headers.defaultsDisabled();
                    SecurityHeaders.writers().forEach(headers::addHeaderWriter);
                })
                .build();
    }

    @Bean
    FilterRegistrationBean<LoginRateLimit> loginRateLimit(ProblemWriter problems, Clock clock,
                                                          @Value("${elif.security.login-attempts-per-minute:30}") int perMinute) {
        var registration = new FilterRegistrationBean<>(new LoginRateLimit(perMinute, problems, clock));
        registration.addUrlPatterns("/api/auth/login");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
        return registration;
    }

    /**
     * The CSRF token counts only in the X-XSRF-TOKEN header, never as a parameter: in a query string it would
     * end up in logs, browser history and Referer headers.
     */
    private static final class HeaderOnlyCsrfToken extends CsrfTokenRequestAttributeHandler {

        @Override
        public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken token) {
            return request.getHeader(token.getHeaderName());
        }
    }

    private static AccessDeniedHandler accessDenied(SecurityAudit audit, ProblemWriter problems, PermissionMatrix matrix) {
        return (request, response, denied) -> {
            var csrf = denied instanceof CsrfException;
            var sessionRequired = !csrf && needsASession(matrix, request);
            recordDenial(audit, request, csrf ? "missing or wrong CSRF token"
                    : sessionRequired ? "an API token sets no credentials" : null);
            if (csrf) {
                problems.write(response, HttpStatus.FORBIDDEN, "csrf", "CSRF token missing or wrong",
                        "Reload the page and try again");
            } else if (sessionRequired) {
                problems.write(response, HttpStatus.FORBIDDEN, "session-required", "Session required",
                        "An API token cannot do this: passwords, API tokens and two-factor authentication are set "
                                + "by a signed-in user");
            } else {
                problems.write(response, HttpStatus.FORBIDDEN, "access-denied", "Access denied",
                        "Your roles do not allow this");
            }
        };
    }

    /** A request by API token refused by a row only a session may use (the matrix decided; this only names why). */
    private static boolean needsASession(PermissionMatrix matrix, HttpServletRequest request) {
        return PermissionMatrix.byApiToken(SecurityContextHolder.getContext().getAuthentication())
                && matrix.ruleFor(request.getMethod(), request.getRequestURI().substring(request.getContextPath().length()))
                .map(PermissionMatrix.Rule::sessionOnly).orElse(false);
    }

    private static void recordDenial(SecurityAudit audit, HttpServletRequest request, String reason) {
        if (TenantContext.current().isEmpty()) {
            return;
        }
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        var user = authentication != null && authentication.getPrincipal() instanceof SignedInUser signedIn ? signedIn : null;
        var detail = request.getMethod() + " " + request.getRequestURI() + (reason == null ? "" : " (" + reason + ")");
        audit.record(new AuditEntry(AuditAction.ACCESS_DENIED, AuditOutcome.DENIED, user == null ? null : user.id(),
                user == null ? null : user.username(), detail,
                new RequestOrigin(request.getRemoteAddr(), MDC.get("traceId"))));
    }
}
