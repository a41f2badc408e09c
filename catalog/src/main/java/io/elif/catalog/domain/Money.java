package io.elif.catalog.domain;

import io.elif.kernel.InvalidInputException;

import java.math.BigDecimal;

/** Amounts of the tenant's currency: never negative, exact to the cent, never rounded. */
public final class Money {

    public static final int FRACTION_DIGITS = 2;
    /** numeric(15,2) */
    public static final int INTEGER_DIGITS = 13;

    private Money() {
    }

    public static BigDecimal amount(BigDecimal value, String field) {
        if (value == null) {
            throw new InvalidInputException(field, "must not be null");
        }
        if (value.signum() < 0) {
            throw new InvalidInputException(field, "must not be negative");
        }
        if (value.stripTrailingZeros().scale() > FRACTION_DIGITS) {
            throw new InvalidInputException(field, "must have at most " + FRACTION_DIGITS + " decimals");
        }
        var exact = value.setScale(FRACTION_DIGITS);
        if (exact.precision() - exact.scale() > INTEGER_DIGITS) {
            throw new InvalidInputException(field, "must have at most " + INTEGER_DIGITS + " integer digits");
        }
        return exact;
    }
}
