package io.elif.sales.application;

/**
 * Numbers people read aloud, one counter per series ({@code customer}, {@code sale-2026}, {@code empties-2026}).
 * The counter's row stays locked until the transaction ends, so concurrent documents get consecutive numbers, never
 * the same one, and a refused document gives its number back.
 */
public interface NumberSeries {

    /** The series' next number, from 1. */
    long next(String series);
}
