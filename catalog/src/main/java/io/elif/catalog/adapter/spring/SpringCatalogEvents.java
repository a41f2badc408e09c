package io.elif.catalog.adapter.spring;

import io.elif.catalog.ProductCreated;
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
}
