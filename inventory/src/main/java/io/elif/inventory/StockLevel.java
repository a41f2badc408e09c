package io.elif.inventory;

import java.util.UUID;

/** A product's quantity on hand, in its base unit. */
public record StockLevel(UUID productId, long onHand) {
}
