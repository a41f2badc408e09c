package io.elif.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What a sale needs to know of a product sold by its base unit ({@code packId} null) or by one of its packs, as on
 * a day and at a price level.
 *
 * @param packOfProduct false when the pack asked for is not one of the product's (nothing else is then meaningful
 *                      but the product's own facts)
 * @param unitsPerPack  base units in one pack; 1 for the base unit
 * @param price         the price of one pack (or base unit) at the level on the day, tax as the settings say (a pack's
 *                      price is its own, not units times the unit price); null when there is none
 * @param taxRate       the product's tax class's rate in percent
 * @param containers    the returnable containers one pack (or base unit) carries, with their deposits
 */
public record SaleItem(UUID productId, UUID packId, boolean packOfProduct, String sku, String name, boolean active,
                       boolean sellable, int unitsPerPack, BigDecimal price, BigDecimal taxRate,
                       List<ContainerLoad> containers) {

    public SaleItem {
        containers = List.copyOf(containers);
    }

    public ItemRef ref() {
        return new ItemRef(productId, packId);
    }

    public Optional<BigDecimal> priceIfAny() {
        return Optional.ofNullable(price);
    }
}
