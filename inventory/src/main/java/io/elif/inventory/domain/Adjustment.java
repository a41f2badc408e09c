package io.elif.inventory.domain;

import io.elif.kernel.InvalidInputException;

/** The rules of a stock adjustment: a whole, non-zero change in the direction its reason allows. */
public final class Adjustment {

    public static final int NOTE_MAX = 200;

    private Adjustment() {
    }

    public static StockAdjustment validated(StockAdjustment adjustment) {
        if (adjustment.productId() == null) {
            throw new InvalidInputException("productId", "names the product to adjust");
        }
        if (adjustment.reason() == null) {
            throw new InvalidInputException("reason", "is required");
        }
        if (adjustment.quantity() == 0) {
            throw new InvalidInputException("quantity", "must not be zero");
        }
        var direction = adjustment.reason().direction();
        if (direction != 0 && Long.signum(adjustment.quantity()) != direction) {
            throw new InvalidInputException("quantity",
                    "must be " + (direction < 0 ? "negative" : "positive") + " for " + adjustment.reason());
        }
        if (adjustment.note() != null && adjustment.note().length() > NOTE_MAX) {
            throw new InvalidInputException("note", "has at most " + NOTE_MAX + " characters");
        }
        return adjustment;
    }
}
