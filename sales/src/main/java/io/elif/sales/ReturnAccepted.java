package io.elif.sales;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Goods of a completed sale came back into stock. Revenue falls by {@code total} (tax {@code tax}) on the return's
 * business day; {@code depositRefund} is held money given back, never revenue; {@code refund} is the money handed
 * back to the customer (the rest of the credit lowered what the sale still owed).
 */
public record ReturnAccepted(UUID returnId, String number, UUID saleId, String saleNumber, UUID customerId,
                             UUID warehouseId, LocalDate businessDate, String by, Instant at, List<Line> lines,
                             BigDecimal total, BigDecimal tax, BigDecimal depositRefund, BigDecimal refund,
                             List<Container> containers) {

    public ReturnAccepted {
        lines = List.copyOf(lines);
        containers = containers == null ? List.of() : List.copyOf(containers);
    }

    /**
     * The containers of one type the returned goods carried, reversed: {@code due} ones the customer no longer owes,
     * {@code consigned} ones whose deposit ({@code unitDeposit} each) they had paid and have back.
     */
    public record Container(UUID containerTypeId, String code, BigDecimal unitDeposit, long due, long consigned) {
    }

    /** A returned line: its packs, the base units back in stock, and its share of the sale line's amount and tax. */
    public record Line(UUID productId, UUID packId, int quantity, long baseUnits, BigDecimal unitPrice,
                       BigDecimal amount, BigDecimal tax) {
    }
}
