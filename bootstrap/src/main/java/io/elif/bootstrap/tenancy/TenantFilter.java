package io.elif.bootstrap.tenancy;

import io.elif.bootstrap.web.ProblemWriter;
import io.elif.identity.Credentials;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.WebUtils;
import org.slf4j.MDC;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Binds each API request to its tenant. Credentials carry their tenant (a session cookie or API token),
 * and a request with credentials works for that tenant only: naming another one by host or header
 * gets 401. Without credentials, the tenant comes from the {@code X-Tenant} header or the host's
 * subdomain under a configured base domain. Missing, malformed, conflicting or unknown tenants are
 * refused here, before anything can reach a database, and so is every request to a suspended tenant (403).
 */
final class TenantFilter extends OncePerRequestFilter {

    static final String HEADER = "X-Tenant";
    private static final String LOGIN = "/api/auth/login";
    /**
     * Answerable without a tenant: a login page on a bare host fetches its CSRF token and asks who is
     * signed in (401 without credentials) before it knows the company.
     */
    private static final Set<String> TENANT_OPTIONAL = Set.of("/api/auth/csrf", "/api/auth/me");

    private final Tenants tenants;
    private final List<String> baseDomains;
    private final ProblemWriter problems;

    TenantFilter(Tenants tenants, List<String> baseDomains, ProblemWriter problems) {
        this.tenants = tenants;
        this.baseDomains = baseDomains.stream().map(domain -> "." + domain.toLowerCase(Locale.ROOT)).toList();
        this.problems = problems;
    }

    /** A CORS preflight carries no tenant; it reaches no data and is answered by the CORS configuration. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return CorsUtils.isPreFlightRequest(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var fromHeader = request.getHeader(HEADER);
        var fromHost = subdomain(request.getServerName());
        if (fromHeader != null && fromHost != null && !fromHeader.equals(fromHost)) {
            problems.write(response, HttpStatus.BAD_REQUEST, "tenant-conflict", "Conflicting tenant",
                    "The X-Tenant header and the host name name different tenants");
            return;
        }
        var named = fromHeader != null ? fromHeader : fromHost;
        var requested = named;
        var fromCredentials = credentialTenant(request);
        if (fromCredentials.isPresent()) {
            if (named == null || named.equals(fromCredentials.get())) {
                requested = fromCredentials.get();
            } else if (!LOGIN.equals(request.getRequestURI())) {
                problems.write(response, HttpStatus.UNAUTHORIZED, "credentials-tenant-mismatch", "Wrong tenant",
                        "These credentials belong to another tenant; sign in to this one");
                return;
            }
        }
        if (requested == null && TENANT_OPTIONAL.contains(request.getRequestURI())) {
            chain.doFilter(request, response);
            return;
        }
        if (requested == null) {
            problems.write(response, HttpStatus.BAD_REQUEST, "tenant-missing", "Missing tenant",
                    "Name the tenant by its subdomain (demo.example.com) or the X-Tenant header");
            return;
        }
        if (!TenantId.isValid(requested)) {
            problems.write(response, HttpStatus.BAD_REQUEST, "tenant-invalid", "Invalid tenant",
                    "A tenant id is 1 to 63 lowercase letters, digits or '_'");
            return;
        }
        var tenant = new TenantId(requested);
        if (!tenants.isKnown(tenant)) {
            problems.write(response, HttpStatus.NOT_FOUND, "tenant-unknown", "Unknown tenant", "There is no tenant " + tenant);
            return;
        }
        if (tenants.isSuspended(tenant)) {
            problems.write(response, HttpStatus.FORBIDDEN, "tenant-suspended", "Tenant suspended",
                    "Tenant " + tenant + " is suspended; its data is kept. Contact your provider to resume it");
            return;
        }
        if (!tenants.isUp(tenant)) {
            response.setHeader("Retry-After", String.valueOf(tenants.retryAfter(tenant, Instant.now()).toSeconds()));
            problems.write(response, HttpStatus.SERVICE_UNAVAILABLE, "tenant-unavailable", "Tenant unavailable",
                    "Tenant " + tenant + " is unavailable; please try again later");
            return;
        }
        try (var ignored = TenantContext.bind(tenant)) {
            MDC.put("tenant", tenant.value());
            chain.doFilter(request, response);
        } finally {
            MDC.remove("tenant");
        }
    }

    /** The tenant an API token or, without one, a session cookie belongs to. */
    private static Optional<String> credentialTenant(HttpServletRequest request) {
        var authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Credentials.tenantOfApiToken(authorization.substring(7).strip());
        }
        return Optional.ofNullable(WebUtils.getCookie(request, Credentials.SESSION_COOKIE))
                .flatMap(cookie -> Credentials.tenantOfSession(cookie.getValue()));
    }

    private String subdomain(String host) {
        var name = host.toLowerCase(Locale.ROOT);
        for (var base : baseDomains) {
            if (name.endsWith(base)) {
                var label = name.substring(0, name.length() - base.length());
                return label.isEmpty() || label.contains(".") ? null : label;
            }
        }
        return null;
    }
}
