package io.elif.catalog.domain;

import io.elif.kernel.InvalidInputException;

import java.util.Optional;
import java.util.Set;

/** A barcode: a GTIN-8, -12 (UPC-A), -13 (EAN) or -14, digits only, with a valid check digit. */
public record Gtin(String code) {

    private static final Set<Integer> LENGTHS = Set.of(8, 12, 13, 14);

    public Gtin {
        code = code == null ? null : code.strip();
        if (!isValid(code)) {
            throw new IllegalArgumentException("must be 8, 12, 13 or 14 digits with a valid GTIN check digit");
        }
    }

    /** The barcode, or a refusal naming the field it came from. */
    public static Gtin of(String code, String field) {
        try {
            return new Gtin(code);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, e.getMessage());
        }
    }

    /** What a scanner or a person typed, as a barcode: empty when, stripped, it is no GTIN, since then it names nothing. */
    public static Optional<Gtin> scanned(String text) {
        var code = text == null ? null : text.strip();
        return isValid(code) ? Optional.of(new Gtin(code)) : Optional.empty();
    }

    public static boolean isValid(String code) {
        if (code == null || !LENGTHS.contains(code.length()) || !code.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        return checkDigit(code.substring(0, code.length() - 1)) == code.charAt(code.length() - 1) - '0';
    }

    /** GS1: from the right, digits weigh 3, 1, 3, 1...; the check digit rounds the sum up to a multiple of ten. */
    static int checkDigit(String digitsWithoutCheck) {
        int sum = 0;
        for (int i = 0; i < digitsWithoutCheck.length(); i++) {
            int digit = digitsWithoutCheck.charAt(digitsWithoutCheck.length() - 1 - i) - '0';
            sum += i % 2 == 0 ? digit * 3 : digit;
        }
        return (10 - sum % 10) % 10;
    }
}
