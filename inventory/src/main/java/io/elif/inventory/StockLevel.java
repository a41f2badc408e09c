package io.elif.inventory;

import java.util.UUID;

/** A product's quantities, in its base unit: on hand, promised to orders, and what is left to promise. */
public record StockLevel(UUID productId, long onHand, long reserved) {

    public long available() {
        return onHand - reserved;
    }
}
