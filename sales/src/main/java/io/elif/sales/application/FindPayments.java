package io.elif.sales.application;

import io.elif.kernel.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/** Payments and accounts as read; nothing here writes. */
@Service
@Transactional(readOnly = true)
public class FindPayments {

    /** How many of a customer's latest payments the account shows. */
    public static final int RECENT_PAYMENTS = 20;

    private final Payments payments;
    private final Clock clock;

    FindPayments(Payments payments, Clock clock) {
        this.payments = payments;
        this.clock = clock;
    }

    /** @throws NotFoundException for an unknown sale */
    public SalePayments ofSale(UUID saleId) {
        return payments.ofSale(saleId).orElseThrow(() -> new NotFoundException("sale", saleId));
    }

    /**
     * The customer's account on the tenant's business day: open sales, ageing, total owed, recent payments.
     *
     * @throws NotFoundException for an unknown customer
     */
    public CustomerAccount account(UUID customerId) {
        return payments.account(customerId, LocalDate.now(clock), RECENT_PAYMENTS)
                .orElseThrow(() -> new NotFoundException("customer", customerId));
    }
}
