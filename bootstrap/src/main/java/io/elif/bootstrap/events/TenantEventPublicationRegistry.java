package io.elif.bootstrap.events;

import io.elif.bootstrap.tenancy.TenantContext;
import io.elif.bootstrap.tenancy.TenantDataSources;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.core.DefaultEventPublicationRegistry;
import org.springframework.modulith.events.core.EventPublicationRepository;

import java.time.Clock;

/**
 * Spring Modulith's registry, which lists the unfinished publications when the application stops. They are in
 * the tenants' databases, so it lists them per tenant, for the tenants used since the start (the others hold
 * only what the next start resubmits); without a tenant it could reach no database and failed at every stop.
 * Not final: Modulith proxies its registry for transactions.
 */
class TenantEventPublicationRegistry extends DefaultEventPublicationRegistry {

    private static final Logger log = LoggerFactory.getLogger(TenantEventPublicationRegistry.class);

    private final TenantDataSources dataSources;

    TenantEventPublicationRegistry(EventPublicationRepository events, Clock clock, TenantDataSources dataSources) {
        super(events, clock);
        this.dataSources = dataSources;
    }

    @Override
    public void destroy() {
        for (var tenant : dataSources.openPools()) {
            TenantContext.runAs(tenant, () -> {
                try {
                    log.info("tenant {}: event publications at shutdown", tenant.value());
                    super.destroy();
                } catch (RuntimeException e) {
                    log.info("tenant {}: unfinished event publications unknown at shutdown ({})", tenant.value(), e.getMessage());
                }
            });
        }
    }
}
