package io.elif.catalog;

import java.util.UUID;

/** Published after a product's details changed (also when it was activated again); the full new state. */
public record ProductChanged(UUID productId, String sku, String name, BaseUnit baseUnit, UUID categoryId,
                             boolean active, long minimumStock, Long maximumStock) {
}
