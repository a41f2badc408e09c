package io.elif.inventory;

import java.util.List;
import java.util.UUID;

/** The empty containers standing in a warehouse, by container type (only types it has held). */
public record EmptiesStock(UUID warehouseId, String warehouseCode, String warehouseName, List<EmptiesCount> empties) {

    public EmptiesStock {
        empties = List.copyOf(empties);
    }
}
