package io.elif.sales.domain;

import io.elif.kernel.MoneyUnit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * What a customer owes by how late it is, counted from each sale's due date to the tenant's business day: not yet due
 * (current, the due day included), 1-30, 31-60, 61-90 and over 90 days overdue.
 */
public record Ageing(BigDecimal current, BigDecimal days1To30, BigDecimal days31To60, BigDecimal days61To90,
                     BigDecimal over90) {

    public static final Ageing NONE = new Ageing(zero(), zero(), zero(), zero(), zero());

    /** Days past the due date on the given day; 0 when not yet due (or no due date). */
    public static int daysOverdue(LocalDate dueDate, LocalDate today) {
        return dueDate == null ? 0 : (int) Math.max(0, ChronoUnit.DAYS.between(dueDate, today));
    }

    /** These figures with an amount owed that is {@code daysOverdue} late. */
    public Ageing plus(int daysOverdue, BigDecimal owed) {
        if (daysOverdue <= 0) {
            return new Ageing(current.add(owed), days1To30, days31To60, days61To90, over90);
        }
        if (daysOverdue <= 30) {
            return new Ageing(current, days1To30.add(owed), days31To60, days61To90, over90);
        }
        if (daysOverdue <= 60) {
            return new Ageing(current, days1To30, days31To60.add(owed), days61To90, over90);
        }
        if (daysOverdue <= 90) {
            return new Ageing(current, days1To30, days31To60, days61To90.add(owed), over90);
        }
        return new Ageing(current, days1To30, days31To60, days61To90, over90.add(owed));
    }

    public BigDecimal total() {
        return current.add(days1To30).add(days31To60).add(days61To90).add(over90);
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(MoneyUnit.STORED_SCALE);
    }
}
