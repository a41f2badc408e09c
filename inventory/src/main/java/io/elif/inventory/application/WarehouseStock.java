package io.elif.inventory.application;

import java.util.UUID;

/**
 * A product's stock in one warehouse, all locations and lots together; {@code available} is what may still be
 * promised: on hand minus reserved, in lots that have not expired.
 */
public record WarehouseStock(UUID warehouseId, String warehouseCode, long onHand, long reserved, long available) {
}
