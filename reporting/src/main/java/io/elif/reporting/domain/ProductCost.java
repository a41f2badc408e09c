package io.elif.reporting.domain;

import io.elif.kernel.MoneyUnit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.UUID;

/**
 * The cost of one product in one completed sale: its base units at the moving average cost of the moment they were
 * issued, rounded to the money unit once per product and sale, and how much of it came back with returns.
 */
public record ProductCost(UUID productId, long baseUnits, BigDecimal cost, long returnedBaseUnits,
                          BigDecimal returnedCost) {

    public static ProductCost issued(UUID productId, long baseUnits, BigDecimal unitCost, MoneyUnit unit) {
        return new ProductCost(productId, baseUnits, unit.round(unitCost.multiply(BigDecimal.valueOf(baseUnits))), 0,
                unit.round(BigDecimal.ZERO));
    }

    /**
     * The product after {@code quantity} more base units came back. What returns take is the sale's cost share of
     * all returned so far, less what earlier returns took, so that returning everything takes the cost exactly.
     */
    public ProductCost returned(long quantity, MoneyUnit unit) {
        var returned = returnedBaseUnits + quantity;
        if (quantity <= 0 || returned > baseUnits) {
            throw new IllegalArgumentException(
                    "a return takes 1 to " + (baseUnits - returnedBaseUnits) + " base units of " + productId);
        }
        var share = unit.round(cost.multiply(BigDecimal.valueOf(returned))
                .divide(BigDecimal.valueOf(baseUnits), 10, RoundingMode.HALF_UP));
        return new ProductCost(productId, baseUnits, cost, returned, share);
    }
}
