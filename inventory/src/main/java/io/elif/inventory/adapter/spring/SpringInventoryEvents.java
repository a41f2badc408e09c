package io.elif.inventory.adapter.spring;

import io.elif.inventory.StockFellBelowMinimum;
import io.elif.inventory.application.InventoryEvents;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

@Component
class SpringInventoryEvents implements InventoryEvents {

    private final ApplicationEventPublisher publisher;

    SpringInventoryEvents(ApplicationEventPublisher publisher) {
        this.publisher = publisher;
    }

    @Override
    public void stockFellBelowMinimum(StockFellBelowMinimum event) {
        publisher.publishEvent(event);
    }
}
