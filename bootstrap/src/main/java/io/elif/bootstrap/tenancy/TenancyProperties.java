package io.elif.bootstrap.tenancy;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * {@code elif.tenants.<id>.url|username|password} and the limits that keep many tenants affordable.
 */
@ConfigurationProperties("elif")
public record TenancyProperties(
        Map<String, TenantConnection> tenants,
        @DefaultValue Pool pool,
        @DefaultValue("localhost") List<String> baseDomains,
        @DefaultValue("4") int migrationThreads) {

    public TenancyProperties {
        tenants = tenants == null ? Map.of() : Map.copyOf(tenants);
    }

    public record Pool(
            @DefaultValue("8") int maxSizePerTenant,
            @DefaultValue("200") int maxTotalConnections,
            @DefaultValue("5s") Duration connectionTimeout,
            @DefaultValue("2m") Duration idleTimeout) {
    }
}
