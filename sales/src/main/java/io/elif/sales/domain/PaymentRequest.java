package io.elif.sales.domain;

import io.elif.kernel.MoneyUnit;
import io.elif.kernel.InvalidInputException;

import java.math.BigDecimal;

/**
 * A payment as asked for: a method, an amount (for cash, what the customer hands over) and a reference (mobile money:
 * the operator's transaction reference, required; card and bank transfer: optional; cash: none).
 */
public record PaymentRequest(PaymentMethod method, BigDecimal amount, String reference) {

    public static final int REFERENCE_MAX = 100;
    /** numeric(15,2): 13 digits before the decimal point. */
    public static final int MONEY_INTEGER_DIGITS = 13;

    /**
     * The request checked for its shape, before any lock: a method, an amount above zero in the tenant's money unit
     * (no more decimals than it has), a one-line reference of at most {@value #REFERENCE_MAX} characters, required
     * for mobile money and refused for cash.
     *
     * @param field the request's path, such as {@code payments[0]} or empty for the body itself
     */
    public PaymentRequest checked(String field, MoneyUnit unit) {
        if (method == null) {
            throw new InvalidInputException(path(field, "method"), "must not be null");
        }
        if (amount == null) {
            throw new InvalidInputException(path(field, "amount"), "must not be null");
        }
        if (amount.signum() <= 0) {
            throw new InvalidInputException(path(field, "amount"), "must be more than 0");
        }
        if (amount.stripTrailingZeros().scale() > unit.scale()) {
            throw new InvalidInputException(path(field, "amount"),
                    unit.scale() == 0 ? "must be a whole amount" : "must have at most " + unit.scale() + " decimals");
        }
        var exact = amount.setScale(MoneyUnit.STORED_SCALE);
        if (exact.precision() - exact.scale() > MONEY_INTEGER_DIGITS) {
            throw new InvalidInputException(path(field, "amount"),
                    "must have at most " + MONEY_INTEGER_DIGITS + " digits before the decimal point");
        }
        var text = reference == null ? "" : reference.strip();
        if (text.length() > REFERENCE_MAX) {
            throw new InvalidInputException(path(field, "reference"), "must be at most " + REFERENCE_MAX + " characters");
        }
        if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0 || text.indexOf('\t') >= 0) {
            throw new InvalidInputException(path(field, "reference"), "must be one line");
        }
        if (method == PaymentMethod.MOBILE_MONEY && text.isEmpty()) {
            throw new InvalidInputException(path(field, "reference"),
                    "a mobile money payment needs the operator's transaction reference");
        }
        if (method == PaymentMethod.CASH && !text.isEmpty()) {
            throw new InvalidInputException(path(field, "reference"), "a cash payment has no reference");
        }
        return new PaymentRequest(method, exact, text.isEmpty() ? null : text);
    }

    static String path(String field, String name) {
        return field == null || field.isEmpty() ? name : field + "." + name;
    }
}
