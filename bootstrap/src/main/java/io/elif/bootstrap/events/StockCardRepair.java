package io.elif.bootstrap.events;

import io.elif.bootstrap.tenancy.TenantContext;
import io.elif.bootstrap.tenancy.Tenants;
import io.elif.catalog.Catalog;
import io.elif.inventory.Inventory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * At start, per tenant: stock cards that lack the catalogue's facts (kept from before inventory copied them, or
 * whose event was lost) get them again, by asking the catalogue to announce those products. The listener that
 * writes the facts is idempotent, so a repeated repair changes nothing.
 */
@Component
class StockCardRepair {

    private static final Logger log = LoggerFactory.getLogger(StockCardRepair.class);
    private static final int MAX_PER_START = 10_000;

    private final Tenants tenants;
    private final Inventory inventory;
    private final Catalog catalog;

    StockCardRepair(Tenants tenants, Inventory inventory, Catalog catalog) {
        this.tenants = tenants;
        this.inventory = inventory;
        this.catalog = catalog;
    }

    @EventListener(ApplicationReadyEvent.class)
    void afterStart() {
        for (var tenant : tenants.ids()) {
            if (!tenants.isUp(tenant)) {
                continue;
            }
            try {
                TenantContext.runAs(tenant, this::repair);
            } catch (RuntimeException e) {
                log.warn("tenant {}: repairing stock cards failed: {}", tenant, e.getMessage());
            }
        }
    }

    void repair() {
        var products = inventory.productsWithoutFacts(MAX_PER_START);
        if (!products.isEmpty()) {
            catalog.announceProducts(products);
            log.info("asked the catalogue to announce {} products whose stock cards lack their facts", products.size());
        }
    }
}
