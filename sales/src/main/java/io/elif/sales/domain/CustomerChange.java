package io.elif.sales.domain;

import io.elif.catalog.PriceLevel;

import java.math.BigDecimal;

/** A customer's details and commercial terms as a manager changes them; the code and the active flag stay. */
public record CustomerChange(String name, String phone, String email, String address, PriceLevel priceLevel,
                             Integer paymentTermsDays, BigDecimal creditLimit) {
}
