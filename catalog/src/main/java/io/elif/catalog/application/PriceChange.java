package io.elif.catalog.application;

import io.elif.catalog.PriceLevel;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One row of a product's price history. */
public record PriceChange(UUID packId, PriceLevel level, BigDecimal amount, LocalDate validFrom, Instant recordedAt,
                          String recordedBy) {
}
