package io.elif.inventory;

import java.util.UUID;

/** Published when a product's company-wide stock on hand drops from at least its minimum to below it. */
public record StockFellBelowMinimum(UUID productId, String sku, long onHand, long minimumStock) {
}
