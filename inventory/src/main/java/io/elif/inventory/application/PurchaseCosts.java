package io.elif.inventory.application;

import java.math.BigDecimal;
import java.util.UUID;

/** A receipt's unit cost as the moving average keeps it: without tax, whatever the tenant enters costs with. */
public interface PurchaseCosts {

    BigDecimal withoutTax(UUID productId, BigDecimal unitCost);
}
