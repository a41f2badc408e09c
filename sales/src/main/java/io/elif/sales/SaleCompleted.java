package io.elif.sales;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A sale completed: its goods left the warehouse. Revenue counts from here (accrual); deposits are not in it.
 *
 * @param clerk the user who created the sale
 * @param total        the sum of the lines' amounts, tax included; {@code net = total - tax}
 * @param deposits     the containers the lines carried and what became of them
 * @param depositTotal what the customer paid for containers now, apart from the total
 * @param dueDate      when what the sale left unpaid falls due (its business day + the customer's payment terms);
 *                     null when nothing was left unpaid, and in events published before it was carried
 */
public record SaleCompleted(UUID saleId, String number, UUID customerId, String clerk, String completedBy,
                            UUID warehouseId, LocalDate businessDate, Instant completedAt, List<SoldLine> lines,
                            BigDecimal total, BigDecimal tax, BigDecimal net, List<DepositLine> deposits,
                            BigDecimal depositTotal, LocalDate dueDate) {

    public SaleCompleted {
        lines = List.copyOf(lines);
        deposits = List.copyOf(deposits);
    }

    /** The event with each line's unit cost: what the issue of its stock answered per product (zero when none). */
    public SaleCompleted costed(Map<UUID, BigDecimal> unitCosts) {
        var costed = lines.stream()
                .map(line -> line.costed(unitCosts.getOrDefault(line.productId(), BigDecimal.ZERO))).toList();
        return new SaleCompleted(saleId, number, customerId, clerk, completedBy, warehouseId, businessDate, completedAt,
                costed, total, tax, net, deposits, depositTotal, dueDate);
    }

    /** The event with the due date its settlement decided. */
    public SaleCompleted due(LocalDate due) {
        return new SaleCompleted(saleId, number, customerId, clerk, completedBy, warehouseId, businessDate, completedAt,
                lines, total, tax, net, deposits, depositTotal, due);
    }
}
