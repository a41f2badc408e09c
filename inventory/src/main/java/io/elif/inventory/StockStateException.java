package io.elif.inventory;

/** A transition the document's state does not allow, such as receiving a transfer twice. */
public class StockStateException extends RuntimeException {

    public StockStateException(String message) {
        super(message);
    }
}
