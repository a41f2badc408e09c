package io.elif.inventory.adapter.spring;

import io.elif.catalog.ProductChanged;
import io.elif.catalog.ProductCreated;
import io.elif.catalog.ProductDeactivated;
import io.elif.inventory.application.StockCards;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps each product's stock card in step with the catalogue: what inventory needs to list, filter and watch
 * stock (SKU, name, category, active, minimum and maximum). Idempotent, since delivery is at least once.
 */
@Component
class CatalogEventListener {

    private final StockCards cards;

    CatalogEventListener(StockCards cards) {
        this.cards = cards;
    }

    @ApplicationModuleListener
    void on(ProductCreated event) {
        cards.describe(new StockCards.Facts(event.productId(), event.sku(), event.name(),
                event.categoryId(), event.active(), event.minimumStock(), event.maximumStock()));
    }

    @ApplicationModuleListener
    void on(ProductChanged event) {
        cards.describe(new StockCards.Facts(event.productId(), event.sku(), event.name(),
                event.categoryId(), event.active(), event.minimumStock(), event.maximumStock()));
    }

    @ApplicationModuleListener
    void on(ProductDeactivated event) {
        cards.deactivate(event.productId());
    }
}
