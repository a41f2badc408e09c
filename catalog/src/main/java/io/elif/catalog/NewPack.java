package io.elif.catalog;

import java.math.BigDecimal;
import java.util.Map;

/** A pack to add to a product; barcode and prices are optional. */
public record NewPack(String name, int unitsPerPack, String barcode, Map<PriceLevel, BigDecimal> prices) {

    public NewPack {
        prices = prices == null ? Map.of() : Map.copyOf(prices);
    }
}
