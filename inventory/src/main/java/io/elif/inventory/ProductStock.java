package io.elif.inventory;

import java.util.List;
import java.util.UUID;

/** Everything about one product's stock: totals, per warehouse, per location and lot, and what is on the road. */
public record ProductStock(UUID productId, long onHand, long reserved, long inTransit, List<WarehouseStock> warehouses,
                           List<StockBalance> balances) {

    public long available() {
        return onHand - reserved;
    }
}
