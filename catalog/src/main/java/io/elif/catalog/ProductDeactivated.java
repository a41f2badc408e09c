package io.elif.catalog;

import java.util.UUID;

/** Published after a product was taken out of the range: it stays in the books but is no longer sold or bought. */
public record ProductDeactivated(UUID productId, String sku) {
}
