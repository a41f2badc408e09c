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
                             BigDecimal total, BigDecimal tax, BigDecimal depositRefund, BigDecimal refund) {

    public ReturnAccepted {
        lines = List.copyOf(lines);
    }

    /** A returned line: its packs, the base units back in stock, and its share of the sale line's amount and tax. */
    public record Line(UUID productId, UUID packId, int quantity, long baseUnits, BigDecimal unitPrice,
                       BigDecimal amount, BigDecimal tax) {
    }
}
