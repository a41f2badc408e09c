package io.elif.bootstrap.events;

import io.elif.bootstrap.tenancy.TenantContext;
import io.elif.bootstrap.tenancy.Tenants;
import io.elif.catalog.Catalog;
import io.elif.inventory.Inventory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * At start, per tenant: stock cards that lack the catalogue's facts (kept from before inventory copied them, or
 * whose event was lost) get them again, by asking the catalogue to announce those products. The listener that
 * writes the facts is idempotent, so a repeated repair changes nothing. It runs while the application starts, before
 * the web server takes requests: a stop that comes as soon as the server answers then waits for it (after the
 * ready event it raced with the stop, which closed its connection under its commit).
 */
@Component
class StockCardRepair implements SmartLifecycle {

    /** Before the web server's start (a late phase): work at start that a prompt stop must wait for. */
    static final int PHASE = 0;

    private static final Logger log = LoggerFactory.getLogger(StockCardRepair.class);
    private static final int MAX_PER_START = 10_000;

    private final Tenants tenants;
    private final Inventory inventory;
    private final Catalog catalog;
    private volatile boolean running;

    StockCardRepair(Tenants tenants, Inventory inventory, Catalog catalog) {
        this.tenants = tenants;
        this.inventory = inventory;
        this.catalog = catalog;
    }

    @Override
    public void start() {
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
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    void repair() {
        var products = inventory.productsWithoutFacts(MAX_PER_START);
        if (!products.isEmpty()) {
            catalog.announceProducts(products);
            log.info("asked the catalogue to announce {} products whose stock cards lack their facts", products.size());
        }
    }
}
