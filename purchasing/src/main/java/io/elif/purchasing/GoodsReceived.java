package io.elif.purchasing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Goods from a supplier were booked into stock by a confirmed delivery: for reporting's purchase spend. Published once
 * per delivery, after its confirmation commits.
 *
 * @param orderId     null for a delivery without an order (a manager's)
 * @param orderNumber null as well then
 */
public record GoodsReceived(UUID deliveryId, String deliveryNumber, UUID orderId, String orderNumber, UUID supplierId,
                            String currency, LocalDate businessDate, List<Line> lines) {

    public GoodsReceived {
        lines = List.copyOf(lines);
    }

    /**
     * @param packs       the supplier's packs received ({@code packId} null: base units)
     * @param baseUnits   packs x units per pack
     * @param unitCost    per pack, excluding tax
     * @param amount      packs x unit cost, excluding tax, rounded to the tenant's money unit
     */
    public record Line(UUID productId, UUID packId, int packs, long baseUnits, BigDecimal unitCost, BigDecimal amount) {
    }
}
