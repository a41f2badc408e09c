package io.elif.inventory.adapter.spring;

import io.elif.catalog.ProductCreated;
import io.elif.inventory.application.StockRecords;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Opens a stock record for every new product; idempotent, since delivery is at least once. */
@Component
class CatalogEventListener {

    private final StockRecords stockRecords;

    CatalogEventListener(StockRecords stockRecords) {
        this.stockRecords = stockRecords;
    }

    @ApplicationModuleListener
    void on(ProductCreated event) {
        stockRecords.open(event.productId());
    }
}
