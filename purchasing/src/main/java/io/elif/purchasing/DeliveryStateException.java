package io.elif.purchasing;

import io.elif.kernel.Refusal;

import java.util.Map;

/** A change a delivery's state does not allow (new lines on a confirmed delivery): 409. Nothing was written. */
public class DeliveryStateException extends Refusal {

    public DeliveryStateException(String number, String message) {
        super(Kind.CONFLICT, "delivery-state", "Not possible in the delivery's state", message, Map.of("number", number));
    }
}
