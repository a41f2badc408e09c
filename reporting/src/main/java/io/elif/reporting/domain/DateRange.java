package io.elif.reporting.domain;

import io.elif.kernel.InvalidInputException;

import java.time.LocalDate;

/** Business days from {@code from} to {@code to}, both included. */
public record DateRange(LocalDate from, LocalDate to) {

    public DateRange {
        if (from == null || to == null || to.isBefore(from)) {
            throw new InvalidInputException("to", "must be on or after from");
        }
    }
}
