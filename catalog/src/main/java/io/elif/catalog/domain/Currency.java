package io.elif.catalog.domain;

import io.elif.kernel.InvalidInputException;

/** An ISO 4217 currency code. */
public final class Currency {

    public static final String FORMAT = "[A-Z]{3}";

    private Currency() {
    }

    public static String code(String value) {
        if (value == null || !value.matches(FORMAT)) {
            throw new InvalidInputException("currency", "must be 3 upper-case letters");
        }
        return value;
    }
}
