package io.elif.sales;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A line of a completed sale, as reporting needs it.
 *
 * @param packId    null for the base unit
 * @param baseUnits quantity times the pack's units: what left the stock
 * @param unitPrice the price of one pack (or base unit), tax included
 * @param amount    quantity times unit price, rounded to the money unit
 * @param tax       the tax the amount includes
 * @param taxRate   in percent
 * @param unitCost  the product's moving average cost per base unit (tax excluded) when the stock was issued, as
 *                  inventory answered the issue; null only in the sale's transition, before the issue
 */
public record SoldLine(UUID productId, UUID packId, int quantity, long baseUnits, BigDecimal unitPrice,
                       BigDecimal amount, BigDecimal tax, BigDecimal taxRate, BigDecimal unitCost) {

    SoldLine costed(BigDecimal cost) {
        return new SoldLine(productId, packId, quantity, baseUnits, unitPrice, amount, tax, taxRate, cost);
    }
}
