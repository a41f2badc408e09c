package io.elif.sales.application;

import io.elif.sales.domain.PaymentStatus;
import io.elif.sales.domain.SaleState;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A sale as a list shows it.
 *
 * @param owed          null unless the sale is completed
 * @param paymentStatus null unless the sale is completed
 */
public record SaleSummary(UUID id, String number, UUID customerId, String customerCode, String customerName,
                          SaleState state, LocalDate businessDate, BigDecimal total, BigDecimal tax, String createdBy,
                          Instant createdAt, BigDecimal paid, BigDecimal owed, LocalDate dueDate,
                          PaymentStatus paymentStatus) {
}
