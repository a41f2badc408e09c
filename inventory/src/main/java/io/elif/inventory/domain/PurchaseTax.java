package io.elif.inventory.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Purchase costs are kept without tax; a cost entered with tax loses it: cost x 100 / (100 + rate). */
public final class PurchaseTax {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private PurchaseTax() {
    }

    public static BigDecimal excluded(BigDecimal costWithTax, BigDecimal ratePercent) {
        return costWithTax.multiply(HUNDRED).divide(HUNDRED.add(ratePercent), MovingAverageCost.SCALE, RoundingMode.HALF_EVEN);
    }
}
