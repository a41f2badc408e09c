package io.elif.catalog.adapter.web;

import io.elif.catalog.BaseUnit;
import io.elif.catalog.domain.Product;
import io.elif.catalog.domain.Sku;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

record CreateProductRequest(
        @NotBlank @Pattern(regexp = Sku.FORMAT, message = "must be 1 to 40 letters, digits, '.', '-' or '_'") String sku,
        @NotBlank @Size(max = Product.NAME_MAX) String name,
        @NotBlank @Size(max = Product.CATEGORY_MAX) String categoryName,
        @NotNull BaseUnit baseUnit,
        @NotNull @DecimalMin("0.00") @Digits(integer = 13, fraction = Product.PRICE_FRACTION_DIGITS) BigDecimal price) {
}
