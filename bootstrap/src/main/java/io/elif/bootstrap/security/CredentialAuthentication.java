package io.elif.bootstrap.security;

import io.elif.bootstrap.tenancy.TenantContext;
import io.elif.bootstrap.web.DatabaseFailures;
import io.elif.bootstrap.web.ProblemWriter;
import io.elif.identity.Authenticator;
import io.elif.identity.Credentials;
import io.elif.identity.SignedInUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.WebUtils;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Establishes the request's user from its API token ({@code Authorization: Bearer}) or else its session
 * cookie, in the tenant the tenant filter bound from those same credentials. A session still waiting for
 * its two-factor set-up gets no role.
 */
final class CredentialAuthentication extends OncePerRequestFilter {

    static final String TOTP_SETUP_PENDING = "TOTP_SETUP_PENDING";

    private final Authenticator authenticator;
    private final ProblemWriter problems;

    CredentialAuthentication(Authenticator authenticator, ProblemWriter problems) {
        this.authenticator = authenticator;
        this.problems = problems;
    }

    static Optional<String> bearerToken(HttpServletRequest request) {
        var header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
                ? Optional.of(header.substring(7).strip()) : Optional.empty();
    }

    static Optional<String> sessionCookie(HttpServletRequest request) {
        return Optional.ofNullable(WebUtils.getCookie(request, Credentials.SESSION_COOKIE))
                .map(jakarta.servlet.http.Cookie::getValue)
                .filter(value -> !value.isBlank());
    }

    /**
     * Only API requests carry a bound tenant (the tenant filter's work); pages and assets of the SPAs
     * need no user and must not reach a database.
     */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return TenantContext.current().isEmpty();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var token = bearerToken(request);
        Optional<SignedInUser> user;
        try {
            user = token.isPresent()
                    ? authenticator.byApiToken(token.get())
                    : sessionCookie(request).flatMap(authenticator::bySession);
        } catch (RuntimeException e) {
            if (!DatabaseFailures.lostTheDatabase(e)) {
                throw e;
            }
            problems.writeTenantUnavailable(response);
            return;
        }
        user.ifPresent(CredentialAuthentication::signIn);
        chain.doFilter(request, response);
    }

    private static void signIn(SignedInUser user) {
        var authorities = user.totpSetupPending()
                ? List.of(new SimpleGrantedAuthority(TOTP_SETUP_PENDING))
                : user.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList();
        var context = SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, authorities));
        SecurityContextHolder.getContextHolderStrategy().setContext(context);
    }
}
