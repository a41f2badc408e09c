package io.elif.inventory;

import io.elif.kernel.Refusal;

/** A transition the document's state does not allow, such as receiving a transfer twice. */
public class StockStateException extends Refusal {

    public StockStateException(String message) {
        super(Kind.CONFLICT, "stock-state", "Not possible now", message);
    }
}
