package io.elif.sales.domain;

import io.elif.kernel.InvalidInputException;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What people call a customer by at the counter: 1 to 20 upper-case letters, digits and dashes, unique per tenant
 * whatever the case. Given by the user, or by the server as the next {@code C-000001} of the tenant.
 */
public record CustomerCode(String value) {

    /** What a user may type; it is stored upper case. */
    public static final String FORMAT = "[A-Za-z0-9-]{1,20}";
    public static final int MAX = 20;
    public static final String WALK_IN = "WALK-IN";
    private static final Pattern STORED = Pattern.compile("[A-Z0-9-]{1,20}");

    public CustomerCode {
        if (value == null || !STORED.matcher(value).matches()) {
            throw new IllegalArgumentException("a customer code is 1 to 20 of A-Z, 0-9 and '-': " + value);
        }
    }

    /** The code a user typed, trimmed and upper-cased. */
    public static CustomerCode given(String typed) {
        var value = typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT);
        if (!STORED.matcher(value).matches()) {
            throw new InvalidInputException("code", "must be 1 to 20 letters, digits or '-'");
        }
        return new CustomerCode(value);
    }

    /** The server's code for the tenant's n-th customer without one: C-000001, ... C-999999, C-1000000. */
    public static CustomerCode numbered(long number) {
        if (number < 1) {
            throw new IllegalArgumentException("numbers start at 1: " + number);
        }
        return new CustomerCode("C-%06d".formatted(number));
    }

    public static boolean absent(String typed) {
        return typed == null || typed.isBlank();
    }

    @Override
    public String toString() {
        return value;
    }
}
