package io.elif.catalog.application;

import io.elif.catalog.domain.NewPrice;
import io.elif.catalog.domain.PriceEntry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Appends a price to a product's history; earlier prices stay as they were. */
@Service
@Transactional
public class RecordPrice {

    private final Products products;
    private final ProductReferences references;
    private final Clock clock;

    RecordPrice(Products products, ReferenceTables tables, Clock clock) {
        this.products = products;
        this.references = new ProductReferences(products, tables);
        this.clock = clock;
    }

    public PriceChange handle(UUID productId, NewPrice price, String recordedBy) {
        var entry = PriceEntry.of(price, LocalDate.now(clock));
        references.lockedProduct(productId);
        references.packOf(productId, price.packId());
        return products.addPrices(productId, List.of(entry), recordedBy).getFirst();
    }
}
