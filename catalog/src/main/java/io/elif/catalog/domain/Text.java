package io.elif.catalog.domain;

import io.elif.kernel.InvalidInputException;

/** Trimmed, bounded text fields. */
public final class Text {

    private Text() {
    }

    public static String required(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "must not be blank");
        }
        return optional(value, field, maxLength);
    }

    /** Blank when absent. */
    public static String optional(String value, String field, int maxLength) {
        var stripped = value == null ? "" : value.strip();
        if (stripped.length() > maxLength) {
            throw new InvalidInputException(field, "must be at most " + maxLength + " characters");
        }
        return stripped;
    }
}
