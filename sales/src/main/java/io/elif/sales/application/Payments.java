package io.elif.sales.application;

import io.elif.sales.domain.OpenSale;
import io.elif.sales.domain.SaleMoney;
import io.elif.sales.domain.Payment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The tenant's payments and what they settle. What a sale owes is derived, never stored: its payable
 * ({@code total + deposit_total}) less its allocations. Whoever adds a payment holds the customer's row locked, so the
 * figures read here under that lock stay true until the transaction ends.
 */
public interface Payments {

    /** Stores a payment with its allocations. */
    void add(Payment payment);

    /** What the sale asks and what has been settled of it, net of its returns. */
    SaleMoney moneyOf(UUID saleId);

    /** The customer's completed sales that still owe something, the oldest completed first, with what each owes. */
    List<OpenSale> openSales(UUID customerId);

    /** What the customer owes on completed sales, the given sale left out. */
    BigDecimal openBalance(UUID customerId, UUID except);

    /** A sale's payments as its answer shows them, in one query; empty for an unknown sale. */
    Optional<SalePayments> ofSale(UUID saleId);

    /** The customer's account on the given business day, in one query; empty for an unknown customer. */
    Optional<CustomerAccount> account(UUID customerId, LocalDate today, int recentPayments);
}
