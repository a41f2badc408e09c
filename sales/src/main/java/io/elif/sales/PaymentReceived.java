package io.elif.sales;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A customer paid: money taken (with a sale as it completed, on a completed sale later, or on account) and allocated
 * to completed sales. For cash, {@code amount} is what settled debts; the change given back is not in it.
 *
 * @param method      CASH, CARD, MOBILE_MONEY or BANK_TRANSFER
 * @param allocations how much went to each sale, the oldest first
 */
public record PaymentReceived(UUID paymentId, UUID customerId, String method, BigDecimal amount,
                              List<Allocation> allocations, String takenBy, Instant takenAt, LocalDate businessDate) {

    /** How much of the payment went to one sale. */
    public record Allocation(UUID saleId, BigDecimal amount) {
    }

    public PaymentReceived {
        allocations = List.copyOf(allocations);
    }
}
