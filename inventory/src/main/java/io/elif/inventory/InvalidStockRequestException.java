package io.elif.inventory;

/** A stock request that breaks a rule (bad quantity, unknown location, expired lot...), with the field at fault. */
public class InvalidStockRequestException extends RuntimeException {

    private final String field;

    public InvalidStockRequestException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
