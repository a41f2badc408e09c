package io.elif.sales;

import io.elif.kernel.Refusal;

/** A transition the sale's state does not allow (completing a cancelled sale, cancelling a completed one): 409. */
public class SaleStateException extends Refusal {

    public SaleStateException(String message) {
        super(Kind.CONFLICT, "sale-state", "Not possible in the sale's state", message);
    }
}
