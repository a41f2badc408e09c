package io.elif.catalog.domain;

import io.elif.catalog.BaseUnit;
import io.elif.catalog.NewProduct;
import io.elif.catalog.ProductView;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;

/** A product of the catalogue; its price includes tax and is exact to the cent. */
public record Product(UUID id, Sku sku, String name, String categoryName, BaseUnit baseUnit, BigDecimal price) {

    public static final int NAME_MAX = 200;
    public static final int CATEGORY_MAX = 100;
    public static final int PRICE_FRACTION_DIGITS = 2;

    public Product {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(baseUnit, "baseUnit");
        name = text(name, "name", NAME_MAX);
        categoryName = text(categoryName, "categoryName", CATEGORY_MAX);
        price = exactPrice(price);
    }

    public static Product create(NewProduct product) {
        return new Product(UUID.randomUUID(), new Sku(product.sku()), product.name(), product.categoryName(),
                product.baseUnit(), product.price());
    }

    public ProductView view() {
        return new ProductView(id, sku.value(), name, categoryName, baseUnit, price);
    }

    private static String text(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        var stripped = value.strip();
        if (stripped.length() > maxLength) {
            throw new IllegalArgumentException(field + " must be at most " + maxLength + " characters");
        }
        return stripped;
    }

    private static BigDecimal exactPrice(BigDecimal price) {
        Objects.requireNonNull(price, "price");
        if (price.signum() < 0) {
            throw new IllegalArgumentException("price must not be negative");
        }
        if (price.stripTrailingZeros().scale() > PRICE_FRACTION_DIGITS) {
            throw new IllegalArgumentException("price has more than " + PRICE_FRACTION_DIGITS + " decimals: " + price);
        }
        return price.setScale(PRICE_FRACTION_DIGITS);
    }
}
