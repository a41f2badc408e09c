package io.elif.bootstrap.tenancy;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

import java.sql.SQLException;

/** UP when the tenant's schemas are migrated and its database answers. */
final class TenantHealthIndicator implements HealthIndicator {

    private final TenantId tenant;
    private final Tenants tenants;
    private final TenantDataSources dataSources;

    TenantHealthIndicator(TenantId tenant, Tenants tenants, TenantDataSources dataSources) {
        this.tenant = tenant;
        this.tenants = tenants;
        this.dataSources = dataSources;
    }

    @Override
    public Health health() {
        if (!tenants.isUp(tenant)) {
            return Health.down().withDetail("state", tenants.state(tenant).name()).build();
        }
        try (var connection = dataSources.of(tenant).getConnection()) {
            return connection.isValid(2) ? Health.up().build() : Health.down().withDetail("state", "UNREACHABLE").build();
        } catch (SQLException e) {
            return Health.down().withDetail("state", "UNREACHABLE").build();
        }
    }
}
