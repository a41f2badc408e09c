package io.elif.purchasing.domain;

import io.elif.kernel.InvalidInputException;

import java.math.BigDecimal;

/** A purchase cost of one pack, excluding tax, as inventory keeps costs: numeric(19,4), never negative. */
public final class UnitCosts {

    public static final int DECIMALS = 4;
    public static final int INTEGER_DIGITS = 15;

    private UnitCosts() {
    }

    /** The cost at four decimals; null stays null. */
    public static BigDecimal checked(BigDecimal cost, String field) {
        if (cost == null) {
            return null;
        }
        if (cost.signum() < 0) {
            throw new InvalidInputException(field, "must not be negative");
        }
        if (cost.stripTrailingZeros().scale() > DECIMALS) {
            throw new InvalidInputException(field, "must have at most " + DECIMALS + " decimals");
        }
        var exact = cost.setScale(DECIMALS);
        if (exact.precision() - exact.scale() > INTEGER_DIGITS) {
            throw new InvalidInputException(field, "must have at most " + INTEGER_DIGITS + " digits before the decimal point");
        }
        return exact;
    }
}
