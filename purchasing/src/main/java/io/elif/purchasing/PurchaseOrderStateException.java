package io.elif.purchasing;

import io.elif.kernel.Refusal;

import java.util.Map;

/** A transition the purchase order's state does not allow (sending a cancelled order, receiving a draft): 409. */
public class PurchaseOrderStateException extends Refusal {

    public PurchaseOrderStateException(String number, String state, String message) {
        super(Kind.CONFLICT, "purchase-order-state", "Not possible in the order's state", message,
                Map.of("number", number, "state", state));
    }
}
