package io.elif.inventory;

/** An adjustment that breaks its rules, with the field at fault. */
public class InvalidAdjustmentException extends RuntimeException {

    private final String field;

    public InvalidAdjustmentException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
