package io.elif.inventory.domain;

import java.util.UUID;

/**
 * A change of a product's stock by hand, with its reason, an optional note, and who made it.
 * {@code locationId} null means the default location; {@code lot} null takes a decrease first-expired-first-out
 * and books an increase without a lot.
 */
public record StockAdjustment(UUID productId, long quantity, AdjustmentReason reason, String note, String actor,
                              UUID locationId, String lot) {

    public StockAdjustment(UUID productId, long quantity, AdjustmentReason reason, String note, String actor) {
        this(productId, quantity, reason, note, actor, null, null);
    }
}
