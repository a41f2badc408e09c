package io.elif.inventory.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** What the stock is worth per warehouse: at moving average cost (tax excluded) and at level-1 retail prices. */
public record StockValue(List<WarehouseValue> warehouses, BigDecimal atCost, BigDecimal atRetail) {

    public record WarehouseValue(UUID warehouseId, String warehouseCode, String warehouseName, BigDecimal atCost,
                                 BigDecimal atRetail) {
    }
}
