package io.elif.inventory;

import java.util.UUID;

/**
 * Published when a product's company-wide stock on hand drops from at least its minimum to below it.
 *
 * @param maximumStock what the product is restocked up to; null when it has none (purchasing's reorder suggestions)
 */
public record StockFellBelowMinimum(UUID productId, String sku, long onHand, long minimumStock, Long maximumStock) {
}
