package io.elif.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What it takes to add a product. Prices are by level (LEVEL_1 required), tax as the tenant's settings say.
 *
 * @param maximumStock null when the product has no maximum
 * @param barcodes     GTINs of one base unit; may be empty
 */
public record NewProduct(String sku, String name, String description, UUID categoryId, UUID taxClassId,
                         BaseUnit baseUnit, long minimumStock, Long maximumStock, String storageLocation,
                         List<String> barcodes, Map<PriceLevel, BigDecimal> prices) {

    public NewProduct {
        barcodes = barcodes == null ? List.of() : List.copyOf(barcodes);
        prices = prices == null ? Map.of() : Map.copyOf(prices);
    }
}
