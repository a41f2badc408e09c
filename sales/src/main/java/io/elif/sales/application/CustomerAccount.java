package io.elif.sales.application;

import io.elif.sales.domain.Ageing;
import io.elif.sales.domain.PaymentMethod;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A customer's account on a business day, all derived from sales and payments' allocations: the completed sales that
 * still owe something (oldest first), what is owed by age, the total owed and the latest payments with what each
 * settled.
 */
public record CustomerAccount(UUID customerId, String code, String name, BigDecimal creditLimit, int paymentTermsDays,
                              LocalDate asOf, BigDecimal totalOwed, Ageing ageing, List<OpenSaleLine> openSales,
                              List<PaymentLine> recentPayments) {

    public record OpenSaleLine(UUID saleId, String number, LocalDate businessDate, LocalDate dueDate,
                               BigDecimal payable, BigDecimal paid, BigDecimal owed, int daysOverdue) {
    }

    public record PaymentLine(UUID id, PaymentMethod method, BigDecimal amount, BigDecimal tendered, BigDecimal change,
                              String reference, String by, Instant at, LocalDate businessDate,
                              List<AllocationLine> allocations) {
    }

    public record AllocationLine(UUID saleId, String number, BigDecimal amount) {
    }

    public CustomerAccount {
        openSales = List.copyOf(openSales);
        recentPayments = List.copyOf(recentPayments);
    }
}
