package io.elif.reporting.application;

import io.elif.reporting.domain.Figures;

import java.util.UUID;

/** A product among the best sellers of a period, by revenue; SKU and name null when the catalogue never told them. */
public record TopProduct(UUID productId, String sku, String name, Figures figures) {
}
