package io.elif.catalog.adapter.spring;

import io.elif.catalog.ProductChanged;
import io.elif.catalog.ProductCreated;
import io.elif.catalog.ProductDeactivated;
import io.elif.catalog.application.CatalogEvents;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

@Component
class SpringCatalogEvents implements CatalogEvents {

    private final ApplicationEventPublisher publisher;

    SpringCatalogEvents(ApplicationEventPublisher publisher) {
        this.publisher = publisher;
    }

    @Override
    public void productCreated(ProductCreated event) {
        publisher.publishEvent(event);
    }

    @Override
    public void productChanged(ProductChanged event) {
        publisher.publishEvent(event);
    }

    @Override
    public void productDeactivated(ProductDeactivated event) {
        publisher.publishEvent(event);
    }
}
