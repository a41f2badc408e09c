package io.elif.purchasing.adapter.spring;

import io.elif.purchasing.GoodsReceived;
import io.elif.purchasing.application.PurchasingEvents;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Purchasing's events on the application's event publisher (recorded in the publication registry, sent after commit). */
@Component
class SpringPurchasingEvents implements PurchasingEvents {

    private final ApplicationEventPublisher publisher;

    SpringPurchasingEvents(ApplicationEventPublisher publisher) {
        this.publisher = publisher;
    }

    @Override
    public void goodsReceived(GoodsReceived event) {
        publisher.publishEvent(event);
    }
}
