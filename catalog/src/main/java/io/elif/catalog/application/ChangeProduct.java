package io.elif.catalog.application;

import io.elif.catalog.domain.ProductChange;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.UUID;

/** Changes a product's details, or takes it out of the range and back; every real change is announced. */
@Service
@Transactional
public class ChangeProduct {

    private final Products products;
    private final ProductReferences references;
    private final CatalogEvents events;
    private final Clock clock;

    ChangeProduct(Products products, ReferenceTables tables, CatalogEvents events, Clock clock) {
        this.products = products;
        this.references = new ProductReferences(products, tables);
        this.events = events;
        this.clock = clock;
    }

    public ProductDetail change(UUID id, ProductChange change) {
        var changed = references.lockedProduct(id).change(change);
        references.requireCategoryAndTaxClass(changed.product().categoryId(), changed.product().taxClassId());
        products.update(changed.product());
        events.productChanged(changed.event());
        return detail(id);
    }

    public ProductDetail deactivate(UUID id) {
        references.lockedProduct(id).deactivate().ifPresent(deactivated -> {
            products.update(deactivated.product());
            events.productDeactivated(deactivated.event());
        });
        return detail(id);
    }

    public ProductDetail activate(UUID id) {
        references.lockedProduct(id).activate().ifPresent(activated -> {
            products.update(activated.product());
            events.productChanged(activated.event());
        });
        return detail(id);
    }

    /** Announces the products' current state again (ProductChanged), for modules that missed it; unknown ids are skipped. */
    public void announce(Collection<UUID> ids) {
        ids.forEach(id -> products.byId(id).ifPresent(product -> events.productChanged(product.announcement())));
    }

    private ProductDetail detail(UUID id) {
        return products.detail(id, LocalDate.now(clock)).orElseThrow();
    }
}
