package io.elif.bootstrap.tenancy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;

/**
 * The connection bound of this instance, from what the tenants' PostgreSQL servers accept: each server (host and
 * port) is asked once at start-up, through the first of its tenants whose database answers, for
 * {@code max_connections} less the slots reserved for superusers. A configured bound above what a server accepts
 * refuses the start; without one, the instance takes half of the smallest server's slots, leaving the rest to
 * psql, backups and a second instance during a rolling deployment.
 */
final class ServerConnectionLimits {

    private static final Logger log = LoggerFactory.getLogger(ServerConnectionLimits.class);
    /** Without a configured bound and no server answering at start-up. */
    static final int FALLBACK_TOTAL = 10;
    private static final String USABLE_SLOTS = """
            select current_setting('max_connections')::int
                 - current_setting('superuser_reserved_connections')::int
                 - coalesce(nullif(current_setting('reserved_connections', true), '')::int, 0)
            """;

    private ServerConnectionLimits() {
    }

    /** The bound to use: the configured one checked against the servers, or half of the smallest server's slots. */
    static int total(Tenants tenants, TenancyProperties.Pool settings) {
        var usable = smallestServer(tenants, settings.connectionTimeout());
        int total;
        if (settings.maxTotalConnections() > 0) {
            total = settings.maxTotalConnections();
            if (usable.isPresent() && total > usable.getAsInt()) {
                throw new IllegalStateException("elif.pool.max-total-connections=" + total + " exceeds the "
                        + usable.getAsInt() + " connections the tenants' PostgreSQL server accepts (max_connections less "
                        + "the reserved ones); lower it, or raise the server's max_connections");
            }
        } else if (usable.isPresent()) {
            total = Math.max(2, usable.getAsInt() / 2);
        } else {
            log.warn("no tenant's PostgreSQL answered at start-up; this instance holds at most {} connections "
                    + "(set elif.pool.max-total-connections)", FALLBACK_TOTAL);
            total = FALLBACK_TOTAL;
        }
        log.info("tenant connections: at most {} for this instance, {} per tenant", total, settings.maxSizePerTenant());
        return total;
    }

    private static OptionalInt smallestServer(Tenants tenants, Duration timeout) {
        var byServer = new LinkedHashMap<String, List<TenantConnection>>();
        tenants.ids().forEach(tenant -> tenants.connection(tenant).ifPresent(connection ->
                byServer.computeIfAbsent(server(connection.url()), key -> new java.util.ArrayList<>()).add(connection)));
        return byServer.entrySet().stream()
                .map(server -> usableSlots(server.getKey(), server.getValue(), timeout))
                .flatMap(Optional::stream)
                .mapToInt(Integer::intValue)
                .min();
    }

    private static Optional<Integer> usableSlots(String server, List<TenantConnection> tenants, Duration timeout) {
        for (var tenant : tenants) {
            var properties = new Properties();
            if (tenant.username() != null) {
                properties.setProperty("user", tenant.username());
            }
            if (tenant.password() != null) {
                properties.setProperty("password", tenant.password());
            }
            properties.setProperty("connectTimeout", String.valueOf(Math.max(1, timeout.toSeconds())));
            properties.setProperty("ApplicationName", BudgetedConnections.APPLICATION_NAME);
            try (var connection = DriverManager.getConnection(tenant.url(), properties);
                 var result = connection.createStatement().executeQuery(USABLE_SLOTS)) {
                result.next();
                return Optional.of(result.getInt(1));
            } catch (SQLException e) {
                if (!"3D000".equals(e.getSQLState()) && !"28000".equals(e.getSQLState())
                        && !"28P01".equals(e.getSQLState())) {
                    log.warn("PostgreSQL server {} does not answer at start-up: {}", server, e.getMessage());
                    return Optional.empty();
                }
                // this tenant's database or role is missing: ask through the server's next tenant
            }
        }
        return Optional.empty();
    }

    /** "host:port" of a jdbc:postgresql: URL ("localhost:5432" when it names neither). */
    static String server(String url) {
        var rest = url.substring("jdbc:postgresql:".length());
        if (!rest.startsWith("//")) {
            return "localhost:5432";
        }
        var authority = rest.substring(2).split("[/?]", 2)[0];
        return authority.contains(":") || authority.contains(",") ? authority : authority + ":5432";
    }
}
