package io.elif.bootstrap.tenancy;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * UP when the tenant's schemas are migrated and its last connection attempt succeeded. It opens no connection: a
 * health call must not cost one connection per tenant (hundreds of them) nor keep idle tenants' pools open.
 */
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
            var down = Health.down().withDetail("state", tenants.state(tenant).name());
            tenants.nextAttempt(tenant).ifPresent(next -> down.withDetail("nextAttempt", next.toString()));
            return down.build();
        }
        if (dataSources.unreachable(tenant)) {
            return Health.down().withDetail("state", "UNREACHABLE").build();
        }
        // suspended by the operator: a decision, not a failure
        return tenants.isSuspended(tenant) ? Health.up().withDetail("suspended", true).build() : Health.up().build();
    }
}
