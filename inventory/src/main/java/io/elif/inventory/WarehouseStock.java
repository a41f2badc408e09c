package io.elif.inventory;

import java.util.UUID;

/** A product's stock in one warehouse, all locations and lots together. */
public record WarehouseStock(UUID warehouseId, String warehouseCode, long onHand, long reserved) {

    public long available() {
        return onHand - reserved;
    }
}
