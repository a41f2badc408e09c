package io.elif.catalog;

import java.util.UUID;

/** Published after a product was added to the catalogue. */
public record ProductCreated(UUID productId, String sku, String name, BaseUnit baseUnit) {
}
