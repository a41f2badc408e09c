package io.elif.reporting.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * The dashboard's periods, each to date against the same stretch of the period before (docs/reporting.md): today
 * against yesterday, this week (from Monday) against last week's same days, this month against last month's same
 * days (to its last day when it is shorter).
 */
public enum Period {
    TODAY, WEEK, MONTH;

    public DateRange current(LocalDate today) {
        return switch (this) {
            case TODAY -> new DateRange(today, today);
            case WEEK -> new DateRange(today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), today);
            case MONTH -> new DateRange(today.withDayOfMonth(1), today);
        };
    }

    public DateRange previous(LocalDate today) {
        return switch (this) {
            case TODAY -> new DateRange(today.minusDays(1), today.minusDays(1));
            case WEEK -> {
                var current = current(today);
                yield new DateRange(current.from().minusWeeks(1), current.to().minusWeeks(1));
            }
            case MONTH -> {
                var start = today.withDayOfMonth(1).minusMonths(1);
                yield new DateRange(start, today.minusMonths(1));
            }
        };
    }
}
