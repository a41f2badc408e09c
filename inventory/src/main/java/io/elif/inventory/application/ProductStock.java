package io.elif.inventory.application;

import java.util.List;
import java.util.UUID;

/**
 * Everything about one product's stock: totals, per warehouse, per location and lot, and what is on the road.
 * {@code available} leaves out expired lots, which cannot be reserved.
 */
public record ProductStock(UUID productId, long onHand, long reserved, long available, long inTransit,
                           List<WarehouseStock> warehouses, List<StockBalance> balances) {
}
