package io.elif.sales;

import io.elif.catalog.PriceLevel;

import java.math.BigDecimal;

/**
 * A customer to register. {@code code} null or blank: the server gives the next {@code C-000001}-style code.
 * The commercial terms ({@code priceLevel}, {@code paymentTermsDays}, {@code creditLimit}) are set by a manager
 * only; null gives the defaults (level 1, 30 days, no credit).
 */
public record NewCustomer(String code, String name, String phone, String email, String address, PriceLevel priceLevel,
                          Integer paymentTermsDays, BigDecimal creditLimit) {
}
