package io.elif.catalog;

import java.math.BigDecimal;

/** What it takes to add a product; the price includes tax. */
public record NewProduct(String sku, String name, String categoryName, BaseUnit baseUnit, BigDecimal price) {
}
