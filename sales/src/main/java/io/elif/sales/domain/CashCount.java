package io.elif.sales.domain;

import io.elif.kernel.MoneyUnit;
import io.elif.kernel.InvalidInputException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;

/**
 * The cash counted in a drawer at closing: by denomination (a free list of positive values in the tenant's money unit,
 * each with how many were counted) or as one figure. Its total is what was counted.
 *
 * @param denominations empty when the clerk gave one figure; else highest value first
 */
public record CashCount(List<Denomination> denominations, BigDecimal total) {

    public static final int MAX_DENOMINATIONS = 50;
    public static final int MAX_PIECES = 1_000_000;

    /** How many notes or coins of one value were counted. */
    public record Denomination(BigDecimal value, int count) {
    }

    public CashCount {
        denominations = List.copyOf(denominations);
    }

    /**
     * Exactly one of the two: denominations, or one figure.
     *
     * @param denominations null or empty when a figure is given
     * @param figure        null when denominations are given
     * @throws InvalidInputException naming {@code denominations[i].value}, {@code denominations[i].count},
     *                               {@code counted}, or {@code denominations} when both or neither are given
     */
    public static CashCount of(List<Denomination> denominations, BigDecimal figure, MoneyUnit unit) {
        var listed = denominations != null && !denominations.isEmpty();
        if (listed == (figure != null)) {
            throw new InvalidInputException(listed ? "counted" : "denominations",
                    "count the cash by denominations or give one figure (counted), not both");
        }
        if (!listed) {
            return new CashCount(List.of(), money(figure, "counted", unit, true));
        }
        if (denominations.size() > MAX_DENOMINATIONS) {
            throw new InvalidInputException("denominations", "must hold at most " + MAX_DENOMINATIONS + " values");
        }
        var seen = new HashSet<BigDecimal>();
        var lines = new ArrayList<Denomination>();
        var total = BigDecimal.ZERO.setScale(MoneyUnit.STORED_SCALE);
        for (int i = 0; i < denominations.size(); i++) {
            var given = denominations.get(i);
            var field = "denominations[" + i + "]";
            if (given == null) {
                throw new InvalidInputException(field, "must not be null");
            }
            var value = money(given.value(), field + ".value", unit, false);
            if (!seen.add(value)) {
                throw new InvalidInputException(field + ".value", "is given twice");
            }
            if (given.count() < 0 || given.count() > MAX_PIECES) {
                throw new InvalidInputException(field + ".count", "must be 0 to " + MAX_PIECES);
            }
            lines.add(new Denomination(value, given.count()));
            total = total.add(value.multiply(BigDecimal.valueOf(given.count())));
        }
        if (total.precision() - total.scale() > PaymentRequest.MONEY_INTEGER_DIGITS) {
            throw new InvalidInputException("denominations", "add up to more than an amount can hold");
        }
        lines.sort(Comparator.comparing(Denomination::value).reversed());
        return new CashCount(lines, total);
    }

    /** An amount in the money unit, at most 13 digits before the point; zero allowed only where said. */
    public static BigDecimal money(BigDecimal amount, String field, MoneyUnit unit, boolean zero) {
        if (amount == null) {
            throw new InvalidInputException(field, "must not be null");
        }
        if (zero ? amount.signum() < 0 : amount.signum() <= 0) {
            throw new InvalidInputException(field, zero ? "must be at least 0" : "must be more than 0");
        }
        if (amount.stripTrailingZeros().scale() > unit.scale()) {
            throw new InvalidInputException(field,
                    unit.scale() == 0 ? "must be a whole amount" : "must have at most " + unit.scale() + " decimals");
        }
        var exact = amount.setScale(MoneyUnit.STORED_SCALE);
        if (exact.precision() - exact.scale() > PaymentRequest.MONEY_INTEGER_DIGITS) {
            throw new InvalidInputException(field,
                    "must have at most " + PaymentRequest.MONEY_INTEGER_DIGITS + " digits before the decimal point");
        }
        return exact;
    }
}
