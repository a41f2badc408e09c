package io.elif.bootstrap.events;

import io.elif.bootstrap.tenancy.TenantOpening;
import io.elif.catalog.Catalog;
import io.elif.inventory.Inventory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * When a tenant opens: stock cards that lack the catalogue's facts (kept from before inventory copied them, or
 * whose event was lost) get them again, by asking the catalogue to announce those products. The listener that
 * writes the facts is idempotent, so a repeated repair changes nothing.
 */
@Component
@Order(10)
class StockCardRepair implements TenantOpening {

    private static final Logger log = LoggerFactory.getLogger(StockCardRepair.class);
    private static final int MAX_PER_START = 10_000;

    private final Inventory inventory;
    private final Catalog catalog;

    StockCardRepair(Inventory inventory, Catalog catalog) {
        this.inventory = inventory;
        this.catalog = catalog;
    }

    @Override
    public String what() {
        return "repairing stock cards";
    }

    @Override
    public void open() {
        repair();
    }

    void repair() {
        var products = inventory.productsWithoutFacts(MAX_PER_START);
        if (!products.isEmpty()) {
            catalog.announceProducts(products);
            log.info("asked the catalogue to announce {} products whose stock cards lack their facts", products.size());
        }
    }
}
