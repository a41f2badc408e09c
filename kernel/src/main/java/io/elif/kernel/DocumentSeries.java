package io.elif.kernel;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A kind of numbered document and how its numbers read: {@code S-2026-000123}, the prefix, the calendar year of the
 * document's business day and six digits, counted per tenant and year in the series {@code sale-2026}.
 *
 * @param prefix what the number starts with ({@code S}, {@code PO})
 * @param name   the counter's name before the year ({@code sale}, {@code purchase-order})
 */
public record DocumentSeries(String prefix, String name) {

    private static final Pattern PREFIX = Pattern.compile("[A-Z]{1,4}");

    public DocumentSeries {
        if (!PREFIX.matcher(Objects.requireNonNull(prefix, "prefix")).matches()) {
            throw new IllegalArgumentException("a document prefix is 1 to 4 capital letters: " + prefix);
        }
        Objects.requireNonNull(name, "name");
    }

    /** The counter of the year: {@code sale-2026}. */
    public String series(int year) {
        return name + "-" + year;
    }

    /** {@code S-2026-000123}. */
    public String number(int year, long sequence) {
        return "%s-%04d-%06d".formatted(prefix, year, sequence);
    }

    /** The year's next number, taken from the series (its row stays locked until the transaction ends). */
    public String next(NumberSeries numbers, int year) {
        return number(year, numbers.next(series(year)));
    }
}
