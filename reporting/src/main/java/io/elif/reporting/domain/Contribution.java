package io.elif.reporting.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What one document adds to one daily rollup row (negative for a return). Revenue is net of tax; {@code owedChange}
 * is only ever on the TOTAL row.
 */
public record Contribution(LocalDate day, Dimension dimension, String key, long quantity, BigDecimal revenue,
                           BigDecimal tax, BigDecimal cost, int salesCount, BigDecimal owedChange) {

    public Contribution {
        Objects.requireNonNull(day);
        Objects.requireNonNull(dimension);
        Objects.requireNonNull(key);
    }

    /** The same figures booked on another row of the same day (no owed change there). */
    Contribution on(Dimension other, String otherKey) {
        return new Contribution(day, other, otherKey, quantity, revenue, tax, cost, salesCount, BigDecimal.ZERO);
    }
}
