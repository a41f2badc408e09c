package io.elif.inventory.domain;

import java.util.Objects;
import java.util.UUID;

/** Goods booked in: a whole, positive number of base units with the document it came with. */
public record StockReceipt(UUID productId, long quantity, String reference) {

    public StockReceipt {
        Objects.requireNonNull(productId, "productId");
        if (quantity <= 0) {
            throw new IllegalArgumentException("a receipt's quantity must be positive: " + quantity);
        }
        if (reference == null || reference.isBlank()) {
            throw new IllegalArgumentException("a receipt needs a reference");
        }
    }
}
