package io.elif.inventory.domain;


import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the stock is worth: each holding at the product's moving average cost and at its retail price (none: 0),
 * summed per warehouse exactly, then rounded to cents (half even) per warehouse; the totals add the rounded figures.
 */
public final class StockValuation {

    /** What one warehouse holds of one product (no product: a warehouse holding nothing), with its average cost. */
    public record Holding(UUID warehouseId, String warehouseCode, String warehouseName, UUID productId, long onHand,
                          BigDecimal averageCost) {
    }

    private StockValuation() {
    }

    public static StockValue of(List<Holding> holdings, Map<UUID, BigDecimal> retailPrices) {
        var warehouses = new LinkedHashMap<UUID, StockValue.WarehouseValue>();
        for (var holding : holdings) {
            var quantity = BigDecimal.valueOf(holding.onHand());
            var atCost = holding.averageCost().multiply(quantity);
            var price = holding.productId() == null ? null : retailPrices.get(holding.productId());
            var atRetail = price == null ? BigDecimal.ZERO : price.multiply(quantity);
            warehouses.merge(holding.warehouseId(),
                    new StockValue.WarehouseValue(holding.warehouseId(), holding.warehouseCode(), holding.warehouseName(),
                            atCost, atRetail),
                    (a, b) -> new StockValue.WarehouseValue(a.warehouseId(), a.warehouseCode(), a.warehouseName(),
                            a.atCost().add(b.atCost()), a.atRetail().add(b.atRetail())));
        }
        var rounded = warehouses.values().stream()
                .map(value -> new StockValue.WarehouseValue(value.warehouseId(), value.warehouseCode(), value.warehouseName(),
                        money(value.atCost()), money(value.atRetail())))
                .toList();
        return new StockValue(rounded,
                money(rounded.stream().map(StockValue.WarehouseValue::atCost).reduce(BigDecimal.ZERO, BigDecimal::add)),
                money(rounded.stream().map(StockValue.WarehouseValue::atRetail).reduce(BigDecimal.ZERO, BigDecimal::add)));
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_EVEN);
    }
}
