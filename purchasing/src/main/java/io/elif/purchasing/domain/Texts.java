package io.elif.purchasing.domain;

import io.elif.kernel.InvalidInputException;

import java.util.regex.Pattern;

/** The text rules of purchasing's documents: trimmed, bounded, one line where a name is meant. */
final class Texts {

    /** Digits, spaces, '+', '-', '(' and ')': {@code +261 34 12 345 67}. */
    static final Pattern PHONE = Pattern.compile("[0-9+() -]{3,30}");
    /** Something, an at sign, a domain with a dot: plausible, not proven (no mail is sent). */
    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private Texts() {
    }

    static String required(String value, String field, int max) {
        var text = optional(value, field, max);
        if (text.isEmpty()) {
            throw new InvalidInputException(field, "must not be blank");
        }
        return text;
    }

    /** Trimmed; empty when absent. */
    static String optional(String value, String field, int max) {
        var stripped = value == null ? "" : value.strip();
        if (stripped.length() > max) {
            throw new InvalidInputException(field, "must be at most " + max + " characters");
        }
        return stripped;
    }

    static String oneLine(String value, String field) {
        if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0 || value.indexOf('\t') >= 0) {
            throw new InvalidInputException(field, "must be one line");
        }
        return value;
    }

    static String matching(String value, Pattern format, String field, String message) {
        if (!value.isEmpty() && !format.matcher(value).matches()) {
            throw new InvalidInputException(field, message);
        }
        return value;
    }
}
