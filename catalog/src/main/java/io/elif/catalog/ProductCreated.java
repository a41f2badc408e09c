package io.elif.catalog;

import java.util.UUID;

/**
 * Published after a product was added to the catalogue. It carries what other modules keep of a product
 * (inventory's stock rules), so that they need not call back.
 *
 * @param categoryId     null while the product has no category
 * @param minimumStock   0 when the product has no minimum
 * @param maximumStock   null when the product has no maximum
 */
public record ProductCreated(UUID productId, String sku, String name, BaseUnit baseUnit, UUID categoryId,
                             boolean active, long minimumStock, Long maximumStock) {
}
