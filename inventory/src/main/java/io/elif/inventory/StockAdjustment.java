package io.elif.inventory;

import java.util.UUID;

/** A change of a product's stock by hand, with its reason, an optional note, and who made it. */
public record StockAdjustment(UUID productId, long quantity, AdjustmentReason reason, String note, String actor) {
}
