package io.elif.inventory.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The moving average cost of a product: every receipt at a cost blends into the average, weighted by quantity
 * (the system ELIF replaces overwrote the cost with the last delivery's). With nothing (or less) on hand,
 * the receipt's cost becomes the average.
 */
public final class MovingAverageCost {

    public static final int SCALE = 4;

    private MovingAverageCost() {
    }

    public static BigDecimal after(long onHand, BigDecimal average, long received, BigDecimal unitCost) {
        if (received <= 0) {
            throw new IllegalArgumentException("a receipt's quantity is positive: " + received);
        }
        if (onHand <= 0) {
            return unitCost.setScale(SCALE, RoundingMode.HALF_EVEN);
        }
        var value = average.multiply(BigDecimal.valueOf(onHand)).add(unitCost.multiply(BigDecimal.valueOf(received)));
        return value.divide(BigDecimal.valueOf(onHand + received), SCALE, RoundingMode.HALF_EVEN);
    }
}
