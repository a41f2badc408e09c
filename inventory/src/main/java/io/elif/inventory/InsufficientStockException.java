package io.elif.inventory;

import io.elif.kernel.Refusal;

import java.util.LinkedHashMap;
import java.util.UUID;

/** Stock that cannot be taken out or reserved; nothing of the request was done. */
public class InsufficientStockException extends Refusal {

    private final UUID productId;
    private final long requested;
    private final long available;

    /** {@code sku} and {@code name} are null for a product the catalogue no longer knows. */
    public InsufficientStockException(UUID productId, String sku, String name, long requested, long available) {
        super(Kind.CONFLICT, "insufficient-stock", "Not enough stock",
                "Only " + available + " of " + (sku == null ? "product " + productId : name + " (" + sku + ")")
                        + " available, " + requested + " requested",
                figures(productId, sku, name, requested, available));
        this.productId = productId;
        this.requested = requested;
        this.available = available;
    }

    private static LinkedHashMap<String, Object> figures(UUID productId, String sku, String name, long requested,
                                                         long available) {
        var figures = new LinkedHashMap<String, Object>();
        figures.put("productId", productId);
        if (sku != null) {
            figures.put("sku", sku);
            figures.put("name", name);
        }
        figures.put("requested", requested);
        figures.put("available", available);
        return figures;
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
