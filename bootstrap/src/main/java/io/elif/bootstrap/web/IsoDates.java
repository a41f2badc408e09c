package io.elif.bootstrap.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Dates from outside have four-digit years. ISO 8601 also allows "+999999999-12-31", which Java parses and
 * PostgreSQL cannot store, and on which a day's arithmetic overflows.
 */
final class IsoDates {

    static final String REFUSAL = "must be a date with a four-digit year";
    private static final Set<Class<?>> DATED = Set.of(LocalDate.class, LocalDateTime.class, OffsetDateTime.class,
            ZonedDateTime.class, Instant.class);
    private static final Pattern FOUR_DIGIT_YEAR = Pattern.compile("\\d{4}-");

    private IsoDates() {
    }

    static boolean isDated(Class<?> type) {
        return DATED.contains(type);
    }

    static boolean hasFourDigitYear(String text) {
        return FOUR_DIGIT_YEAR.matcher(text).lookingAt();
    }
}
