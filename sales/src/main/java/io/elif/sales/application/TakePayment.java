package io.elif.sales.application;

import io.elif.kernel.InvalidInputException;
import io.elif.kernel.NotFoundException;
import io.elif.sales.SaleStateException;
import io.elif.sales.domain.OpenSale;
import io.elif.sales.domain.Payment;
import io.elif.sales.domain.PaymentRequest;
import io.elif.sales.domain.SaleState;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Payments after a sale completed: on one sale, or on account, allocated to the customer's oldest open sales first.
 * Each locks the customer's row ({@code select ... for update}; a payment on a sale locks the sale's row before it, the
 * order {@link ChangeSale} keeps), so concurrent payments of one customer queue and none settles more than is owed.
 */
@Service
@Transactional
public class TakePayment {

    private final Sales sales;
    private final Customers customers;
    private final Payments payments;
    private final SalePricing pricing;
    private final ChangeSale changeSale;
    private final Clock clock;

    TakePayment(Sales sales, Customers customers, Payments payments, SalePricing pricing, ChangeSale changeSale,
                Clock clock) {
        this.sales = sales;
        this.customers = customers;
        this.payments = payments;
        this.pricing = pricing;
        this.changeSale = changeSale;
        this.clock = clock;
    }

    /**
     * A payment on one completed sale.
     *
     * @throws InvalidInputException naming the field at fault (the amount, more than owed, naming the figure; a
     *                               missing mobile money reference), before any lock
     * @throws NotFoundException     for an unknown sale
     * @throws SaleStateException    for a sale not completed (its payments are taken as it completes)
     */
    public Payment onSale(UUID saleId, PaymentRequest request, String actor) {
        var checked = request.checked("", pricing.moneyUnit());
        var sale = changeSale.locked(saleId);
        if (sale.state() != SaleState.COMPLETED) {
            throw new SaleStateException("Sale " + sale.number() + " is " + sale.state()
                    + ": its payments are taken as it completes");
        }
        customers.lock(sale.customerId()).orElseThrow(() -> new NotFoundException("customer", sale.customerId()));
        var owed = payments.moneyOf(saleId).owed();
        var payment = Payment.allocate(UUID.randomUUID(), sale.customerId(), checked,
                List.of(new OpenSale(sale.id(), sale.number(), owed)), changeSale.stamp(actor),
                LocalDate.now(clock), "");
        changeSale.received(payment);
        return payment;
    }

    /**
     * A payment on account: allocated to the customer's completed sales that still owe something, the oldest first.
     *
     * @throws InvalidInputException naming the amount (nothing owed, or more than owed, naming the figure) or another
     *                               field at fault
     * @throws NotFoundException     for an unknown customer
     */
    public Payment onAccount(UUID customerId, PaymentRequest request, String actor) {
        var checked = request.checked("", pricing.moneyUnit());
        var customer = customers.lock(customerId).orElseThrow(() -> new NotFoundException("customer", customerId));
        var payment = Payment.allocate(UUID.randomUUID(), customer.id(), checked, payments.openSales(customer.id()),
                changeSale.stamp(actor), LocalDate.now(clock), "");
        changeSale.received(payment);
        return payment;
    }
}
