package io.elif.sales;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A sale completed: its goods left the warehouse. Revenue counts from here (accrual); deposits are not in it.
 *
 * @param clerk the user who created the sale
 * @param total the sum of the lines' amounts, tax included; {@code net = total - tax}
 */
public record SaleCompleted(UUID saleId, String number, UUID customerId, String clerk, String completedBy,
                            UUID warehouseId, LocalDate businessDate, Instant completedAt, List<SoldLine> lines,
                            BigDecimal total, BigDecimal tax, BigDecimal net) {

    public SaleCompleted {
        lines = List.copyOf(lines);
    }
}
