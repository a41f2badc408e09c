package io.elif.inventory.application;

import java.util.UUID;

/** What inventory keeps of the catalogue's products, on their stock cards. */
public interface StockCards {

    record Facts(UUID productId, String sku, String name, UUID categoryId, boolean active,
                 long minimumStock, Long maximumStock) {
    }

    /** Opens the card when missing and writes the facts on it. */
    void describe(Facts facts);

    void deactivate(UUID productId);
}
