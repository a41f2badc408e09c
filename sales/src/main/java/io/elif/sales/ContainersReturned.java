package io.elif.sales;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Empties a customer brought back after a sale: they entered the warehouse's count of empties, settled containers
 * owed and gave deposits back ({@code refundTotal}, held money going back, never revenue).
 */
public record ContainersReturned(UUID returnId, String number, UUID customerId, UUID warehouseId,
                                 LocalDate businessDate, String by, Instant at, List<Line> lines,
                                 BigDecimal refundTotal) {

    public ContainersReturned {
        lines = List.copyOf(lines);
    }

    /**
     * @param settled  containers that settled ones the customer owed
     * @param refunded containers whose deposit was given back ({@code refund})
     */
    public record Line(UUID containerTypeId, String code, long quantity, long settled, long refunded,
                       BigDecimal refund) {
    }
}
