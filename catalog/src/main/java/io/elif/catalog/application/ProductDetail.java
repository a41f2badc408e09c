package io.elif.catalog.application;

import io.elif.catalog.ContainerLoad;
import io.elif.catalog.BaseUnit;
import io.elif.catalog.PriceLevel;
import io.elif.catalog.ProductView;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Everything about one product: its rules, barcodes, today's prices, containers and packs. */
public record ProductDetail(UUID id, String sku, String name, String description, UUID categoryId, String categoryName,
                            boolean sellable, UUID taxClassId, String taxClassName, BigDecimal taxRate,
                            BaseUnit baseUnit, boolean active, long minimumStock, Long maximumStock,
                            String storageLocation, List<String> barcodes, Map<PriceLevel, BigDecimal> prices,
                            List<ContainerLoad> containers, List<PackView> packs) {

    /** Today's LEVEL_1 price of one base unit, or null. */
    public BigDecimal price() {
        return prices.get(PriceLevel.LEVEL_1);
    }

    public ProductView summary() {
        return new ProductView(id, sku, name, categoryId, categoryName, sellable, baseUnit, active, price(), taxRate);
    }
}
