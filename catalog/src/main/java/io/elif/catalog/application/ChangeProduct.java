package io.elif.catalog.application;

import io.elif.catalog.domain.Product;
import io.elif.catalog.domain.ProductChange;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

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
        references.requireCategoryAndTaxClass(changed.categoryId(), changed.taxClassId());
        products.update(changed);
        events.productChanged(changed.changed());
        return detail(id);
    }

    public ProductDetail deactivate(UUID id) {
        transition(id, Product::deactivate).ifPresent(product -> events.productDeactivated(product.deactivated()));
        return detail(id);
    }

    /** An activated product is announced as changed: its new state says it is active again. */
    public ProductDetail activate(UUID id) {
        transition(id, Product::activate).ifPresent(product -> events.productChanged(product.changed()));
        return detail(id);
    }

    /** Announces the products' current state again (ProductChanged), for modules that missed it; unknown ids are skipped. */
    public void announce(Collection<UUID> ids) {
        ids.forEach(id -> products.byId(id).ifPresent(product -> events.productChanged(product.changed())));
    }

    private Optional<Product> transition(UUID id, Function<Product, Optional<Product>> transition) {
        var changed = transition.apply(references.lockedProduct(id));
        changed.ifPresent(products::update);
        return changed;
    }

    private ProductDetail detail(UUID id) {
        return products.detail(id, LocalDate.now(clock)).orElseThrow();
    }
}
