package io.elif.sales.application;

import io.elif.sales.domain.PaymentRequest;

import java.util.List;

/**
 * What is paid as a sale completes, and a manager's leave to go beyond the customer's credit limit.
 *
 * @param payments       in the order they are taken, each up to what is still owed (cash beyond it is change)
 * @param creditOverride the manager's reason, or null when none is asked for
 */
public record PayAtCompletion(List<PaymentRequest> payments, String creditOverride) {

    /** Nothing paid, no override: a named customer's sale on credit, within the limit. */
    public static final PayAtCompletion NOTHING = new PayAtCompletion(List.of(), null);

    public PayAtCompletion {
        payments = payments == null ? List.of() : List.copyOf(payments);
    }
}
