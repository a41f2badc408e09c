package io.elif.inventory;

import java.util.UUID;

/** A reservation that cannot be met; nothing of it was reserved. */
public class InsufficientStockException extends RuntimeException {

    private final UUID productId;
    private final long requested;
    private final long available;

    public InsufficientStockException(UUID productId, long requested, long available) {
        super("Only " + available + " of product " + productId + " available, " + requested + " requested");
        this.productId = productId;
        this.requested = requested;
        this.available = available;
    }

    public UUID productId() {
        return productId;
    }

    public long requested() {
        return requested;
    }

    public long available() {
        return available;
    }
}
