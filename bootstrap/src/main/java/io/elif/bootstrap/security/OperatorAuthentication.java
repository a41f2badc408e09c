package io.elif.bootstrap.security;

import io.elif.bootstrap.web.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.List;

/**
 * Signs an operator in on the operator endpoints ({@code /actuator/**}) from {@code Authorization: Bearer
 * <operator token>}, with the single role OPERATOR. Any other bearer token there is refused (401); tenant
 * credentials (session cookies, API tokens) count for nothing on these paths.
 */
final class OperatorAuthentication extends OncePerRequestFilter {

    static final String ROLE = "OPERATOR";
    static final RequestMatcher OPERATOR_PATHS = PathPatternRequestMatcher.withDefaults().matcher("/actuator/**");
    private static final Logger log = LoggerFactory.getLogger(OperatorAuthentication.class);

    private final OperatorToken token;
    private final ProblemWriter problems;

    OperatorAuthentication(OperatorToken token, ProblemWriter problems) {
        this.token = token;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !OPERATOR_PATHS.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var presented = CredentialAuthentication.bearerToken(request);
        if (presented.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        if (!token.matches(presented.get())) {
            log.warn("operator token refused from {} for {}", request.getRemoteAddr(), request.getRequestURI());
            response.setHeader("WWW-Authenticate", "Bearer");
            problems.write(response, HttpStatus.UNAUTHORIZED, "unauthenticated", "Unauthenticated",
                    "This token is not the operator token");
            return;
        }
        var context = SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("operator", null,
                List.of(new SimpleGrantedAuthority("ROLE_" + ROLE))));
        SecurityContextHolder.getContextHolderStrategy().setContext(context);
        chain.doFilter(request, response);
    }
}
