package io.elif.catalog;

import java.util.UUID;

/**
 * What a scanned barcode names: a product's base unit (packId null, unitsPerPack 1) or one of its packs.
 */
public record BarcodeMatch(String barcode, UUID productId, UUID packId, int unitsPerPack, ProductView product) {
}
