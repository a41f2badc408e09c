package io.elif.catalog;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A product as listed: what search results and barcode look-ups show.
 *
 * @param price   today's LEVEL_1 price of one base unit; null if it has none yet
 * @param taxRate its tax class's rate in percent
 */
public record ProductView(UUID id, String sku, String name, UUID categoryId, String categoryName, boolean sellable,
                          BaseUnit baseUnit, boolean active, BigDecimal price, BigDecimal taxRate) {
}
