package io.elif.bootstrap.tenancy;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;

/**
 * Binds each API request to its tenant, taken from the {@code X-Tenant} header or the host's subdomain
 * under a configured base domain. Missing, malformed, conflicting or unknown tenants are refused here,
 * before anything can reach a database.
 */
final class TenantFilter extends OncePerRequestFilter {

    static final String HEADER = "X-Tenant";

    private final Tenants tenants;
    private final List<String> baseDomains;
    private final JsonMapper json;

    TenantFilter(Tenants tenants, List<String> baseDomains, JsonMapper json) {
        this.tenants = tenants;
        this.baseDomains = baseDomains.stream().map(domain -> "." + domain.toLowerCase(Locale.ROOT)).toList();
        this.json = json;
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
            refuse(response, HttpStatus.BAD_REQUEST, "tenant-conflict", "Conflicting tenant",
                    "The X-Tenant header and the host name name different tenants");
            return;
        }
        var requested = fromHeader != null ? fromHeader : fromHost;
        if (requested == null) {
            refuse(response, HttpStatus.BAD_REQUEST, "tenant-missing", "Missing tenant",
                    "Name the tenant by its subdomain (demo.example.com) or the X-Tenant header");
            return;
        }
        if (!TenantId.isValid(requested)) {
            refuse(response, HttpStatus.BAD_REQUEST, "tenant-invalid", "Invalid tenant",
                    "A tenant id is 1 to 63 lowercase letters, digits or '_'");
            return;
        }
        var tenant = new TenantId(requested);
        if (!tenants.isKnown(tenant)) {
            refuse(response, HttpStatus.NOT_FOUND, "tenant-unknown", "Unknown tenant", "There is no tenant " + tenant);
            return;
        }
        if (!tenants.isUp(tenant)) {
            response.setHeader("Retry-After", "60");
            refuse(response, HttpStatus.SERVICE_UNAVAILABLE, "tenant-unavailable", "Tenant unavailable",
                    "Tenant " + tenant + " is unavailable; please try again later");
            return;
        }
        try (var ignored = TenantContext.bind(tenant)) {
            chain.doFilter(request, response);
        }
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

    private void refuse(HttpServletResponse response, HttpStatus status, String type, String title, String detail)
            throws IOException {
        var problem = new LinkedHashMap<String, Object>();
        problem.put("type", "https://elif.io/problems/" + type);
        problem.put("title", title);
        problem.put("status", status.value());
        problem.put("detail", detail);
        response.setStatus(status.value());
        response.setContentType("application/problem+json");
        json.writeValue(response.getOutputStream(), problem);
    }
}
