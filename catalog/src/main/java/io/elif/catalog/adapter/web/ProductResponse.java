package io.elif.catalog.adapter.web;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.elif.catalog.BaseUnit;

import java.math.BigDecimal;
import java.util.UUID;

/** Money travels as a decimal string so that no client rounds it through a float. */
record ProductResponse(UUID id, String sku, String name, String categoryName, BaseUnit baseUnit,
                       @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal price) {
}
