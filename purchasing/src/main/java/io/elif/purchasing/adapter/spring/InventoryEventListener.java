package io.elif.purchasing.adapter.spring;

import io.elif.inventory.StockFellBelowMinimum;
import io.elif.purchasing.application.ReorderNeeds;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.time.Clock;

/** Keeps what fell below its minimum, for the reorder suggestions. Idempotent, since delivery is at least once. */
@Component
class InventoryEventListener {

    private final ReorderNeeds needs;
    private final Clock clock;

    InventoryEventListener(ReorderNeeds needs, Clock clock) {
        this.needs = needs;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(StockFellBelowMinimum event) {
        needs.raise(new ReorderNeeds.Need(event.productId(), event.sku(), event.minimumStock(), event.maximumStock(),
                clock.instant()));
    }
}
