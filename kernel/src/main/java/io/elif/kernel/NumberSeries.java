package io.elif.kernel;

/**
 * Numbers people read aloud, one counter per series ({@code customer}, {@code sale-2026}, {@code purchase-order-2026}).
 * The counter's row stays locked until the transaction ends, so concurrent documents get consecutive numbers, never
 * the same one, and a refused document gives its number back. Each module implements it over a counter table of its
 * own schema (a module's tables are its own); {@link DocumentSeries} says how a document's number reads.
 */
public interface NumberSeries {

    /** The series' next number, from 1. */
    long next(String series);
}
