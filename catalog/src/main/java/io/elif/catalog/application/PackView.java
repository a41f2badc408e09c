package io.elif.catalog.application;

import io.elif.catalog.ContainerLoad;
import io.elif.catalog.PriceLevel;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A product's pack: a fixed number of base units with its own barcode, prices and containers. */
public record PackView(UUID id, String name, int unitsPerPack, String barcode, Map<PriceLevel, BigDecimal> prices,
                       List<ContainerLoad> containers) {
}
