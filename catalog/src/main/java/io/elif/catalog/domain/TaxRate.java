package io.elif.catalog.domain;

import io.elif.kernel.InvalidInputException;

import java.math.BigDecimal;

/** A tax rate in percent: 0 to 100, at most two decimals. */
public final class TaxRate {

    private static final BigDecimal HUNDRED = new BigDecimal(100);

    private TaxRate() {
    }

    public static BigDecimal of(BigDecimal rate, String field) {
        if (rate == null || rate.signum() < 0 || rate.compareTo(HUNDRED) > 0) {
            throw new InvalidInputException(field, "must be between 0 and 100");
        }
        if (rate.stripTrailingZeros().scale() > 2) {
            throw new InvalidInputException(field, "must have at most 2 decimals");
        }
        return rate.setScale(2);
    }
}
