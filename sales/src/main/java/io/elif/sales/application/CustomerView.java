package io.elif.sales.application;

import io.elif.catalog.PriceLevel;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A customer as listed and read, with when it was created and last changed. */
public record CustomerView(UUID id, String code, String name, String phone, String email, String address,
                           PriceLevel priceLevel, int paymentTermsDays, BigDecimal creditLimit, boolean active,
                           boolean walkIn, Instant createdAt, Instant updatedAt) {
}
