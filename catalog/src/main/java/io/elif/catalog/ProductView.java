package io.elif.catalog;

import java.math.BigDecimal;
import java.util.UUID;

public record ProductView(UUID id, String sku, String name, String categoryName, BaseUnit baseUnit, BigDecimal price) {
}
