package io.elif.inventory;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * What an issue took of one product: the base units that left the stock and the product's moving average cost per
 * base unit at that moment (tax excluded), the cost of goods sold that reporting counts.
 */
public record IssuedStock(UUID productId, long quantity, BigDecimal unitCost) {
}
