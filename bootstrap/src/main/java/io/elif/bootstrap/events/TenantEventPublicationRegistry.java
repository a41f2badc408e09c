package io.elif.bootstrap.events;

import io.elif.bootstrap.tenancy.TenantContext;
import io.elif.bootstrap.tenancy.TenantDataSources;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.core.DefaultEventPublicationRegistry;
import org.springframework.modulith.events.core.EventPublicationRepository;

import java.time.Clock;
import java.util.List;

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

    /**
     * Lists each used tenant's unfinished publications; once one cannot be listed (its database is gone, e.g.
     * stopped first), the others are not asked: each would wait a connection timeout, and a stop must stay short.
     */
    @Override
    public void destroy() {
        var tenants = List.copyOf(dataSources.openPools());
        for (int i = 0; i < tenants.size(); i++) {
            var tenant = tenants.get(i);
            try {
                TenantContext.runAs(tenant, () -> {
                    log.info("tenant {}: event publications at shutdown", tenant.value());
                    super.destroy();
                });
            } catch (RuntimeException e) {
                log.info("tenant {}: unfinished event publications unknown at shutdown ({}); {} other tenant(s) not asked",
                        tenant.value(), e.getMessage(), tenants.size() - i - 1);
                return;
            }
        }
    }
}
