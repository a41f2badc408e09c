package io.elif.sales.application;

import io.elif.sales.domain.PaymentStatus;
import io.elif.sales.domain.SaleState;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What a sales list is filtered by; every filter may be absent (null).
 *
 * @param number text contained in the number, whatever the case
 * @param from   first business date, inclusive
 * @param to     last business date, inclusive
 * @param clerk  who created the sale
 * @param paymentStatus completed sales that are unpaid, partly paid or paid
 */
public record SaleSearch(String number, UUID customerId, SaleState state, LocalDate from, LocalDate to, String clerk,
                         PaymentStatus paymentStatus, int page, int size) {

    /** A search without the payment status filter. */
    public SaleSearch(String number, UUID customerId, SaleState state, LocalDate from, LocalDate to, String clerk,
                      int page, int size) {
        this(number, customerId, state, from, to, clerk, null, page, size);
    }

    /**
     * The search as a clerk who is not a manager may run it: drafts and confirmed orders are the desk's shared queue
     * (a driver completes an order another clerk took), but sold and cancelled sales are only the clerk's own.
     */
    public SaleSearch asClerk(String user) {
        var queue = state == SaleState.DRAFT || state == SaleState.CONFIRMED;
        return queue ? this : new SaleSearch(number, customerId, state, from, to, user, paymentStatus, page, size);
    }
}
