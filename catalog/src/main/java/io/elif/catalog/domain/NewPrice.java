package io.elif.catalog.domain;

import io.elif.catalog.PriceLevel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A price to record for a product's base unit (packId null) or one of its packs.
 *
 * @param validFrom null for today; never before today
 */
public record NewPrice(UUID packId, PriceLevel level, BigDecimal amount, LocalDate validFrom) {
}
