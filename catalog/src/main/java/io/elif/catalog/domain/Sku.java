package io.elif.catalog.domain;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/** Stock keeping unit: upper case letters, digits, dot, dash and underscore; unique per tenant. */
public record Sku(String value) {

    public static final String FORMAT = "[A-Za-z0-9][A-Za-z0-9._-]{0,39}";
    private static final Pattern PATTERN = Pattern.compile(FORMAT);

    public Sku {
        Objects.requireNonNull(value, "sku");
        value = value.strip();
        if (!PATTERN.matcher(value).matches()) {
            throw new IllegalArgumentException("SKU must match " + FORMAT + ": " + value);
        }
        value = value.toUpperCase(Locale.ROOT);
    }
}
