package io.elif.sales.application;

import io.elif.sales.domain.CreditOverride;
import io.elif.sales.domain.PaymentMethod;
import io.elif.sales.domain.PaymentStatus;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A sale's money as its answer shows it: what was paid, what is owed (a completed sale only: a draft or an order owes
 * nothing yet), when it is due, its status and its payments.
 *
 * @param owed          null unless the sale is completed
 * @param paymentStatus null unless the sale is completed
 */
public record SalePayments(BigDecimal paid, BigDecimal owed, LocalDate dueDate, PaymentStatus paymentStatus,
                           List<Line> payments, CreditOverride creditOverride) {

    /**
     * One payment of the sale.
     *
     * @param amount   what the payment gave this sale
     * @param tendered cash only: what the customer handed over for the whole payment
     * @param change   cash only: what was given back
     */
    public record Line(UUID id, PaymentMethod method, BigDecimal amount, BigDecimal tendered, BigDecimal change,
                       String reference, String by, Instant at) {
    }

    public SalePayments {
        payments = List.copyOf(payments);
    }
}
