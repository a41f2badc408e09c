package io.elif.bootstrap.tenancy;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * {@code elif.tenants.<id>.url|username|password}, the tenant registry ({@code elif.tenant-registry.*}), the server
 * new tenants are onboarded on ({@code elif.onboarding.*}) and the limits that keep many tenants affordable.
 */
@ConfigurationProperties("elif")
public record TenancyProperties(
        Map<String, TenantConnection> tenants,
        @DefaultValue Pool pool,
        @DefaultValue("localhost") List<String> baseDomains,
        @DefaultValue("4") int migrationThreads,
        @DefaultValue Registry tenantRegistry,
        @DefaultValue Onboarding onboarding) {

    public TenancyProperties {
        tenants = tenants == null ? Map.of() : Map.copyOf(tenants);
        if (migrationThreads < 1) {
            throw new IllegalArgumentException("elif.migration-threads must be at least 1");
        }
    }

    /**
     * @param directory      where the tenant files are ({@code <id>.properties}); none: the configured tenants only
     * @param reloadInterval how often the instance reads the directory again
     */
    public record Registry(Path directory, @DefaultValue("10s") Duration reloadInterval) {

        public Registry {
            if (reloadInterval.compareTo(Duration.ofSeconds(1)) < 0) {
                throw new IllegalArgumentException("elif.tenant-registry.reload-interval must be at least 1s");
            }
        }
    }

    /**
     * The PostgreSQL server new tenants are created on, through a role that may create databases and roles.
     *
     * @param url a {@code jdbc:postgresql://host:port/postgres} URL of that server's maintenance database; each new
     *            tenant's URL is this one with its own database
     */
    public record Onboarding(String url, String username, String password) {

        @Override
        public String toString() {
            return "Onboarding[url=" + url + ", username=" + username + "]";
        }
    }

    /**
     * @param maxSizePerTenant    the most connections one tenant holds: below the total, so that a busy tenant leaves
     *                            connections to the others
     * @param maxTotalConnections the most connections this instance holds, all tenants and migrations together; 0
     *                            (default): half of what the tenants' PostgreSQL server accepts, asked at start-up
     * @param connectionTimeout   how long a request waits for a connection before it is answered 503
     * @param idleTimeout         how long an unused connection stays open (at least 10 s, HikariCP's minimum)
     */
    public record Pool(
            @DefaultValue("8") int maxSizePerTenant,
            @DefaultValue("0") int maxTotalConnections,
            @DefaultValue("5s") Duration connectionTimeout,
            @DefaultValue("10s") Duration idleTimeout) {

        public Pool {
            if (maxSizePerTenant < 1 || maxTotalConnections < 0) {
                throw new IllegalArgumentException("elif.pool.max-size-per-tenant must be at least 1 and "
                        + "elif.pool.max-total-connections at least 0 (0: from the server)");
            }
            if (idleTimeout.compareTo(Duration.ofSeconds(10)) < 0) {
                throw new IllegalArgumentException("elif.pool.idle-timeout must be at least 10s");
            }
        }
    }
}
