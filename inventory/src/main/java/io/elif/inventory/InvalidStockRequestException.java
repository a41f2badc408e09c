package io.elif.inventory;

import io.elif.kernel.InvalidInputException;

/** A stock request that breaks a rule (bad quantity, unknown location, expired lot...), with the field at fault. */
public class InvalidStockRequestException extends InvalidInputException {

    public InvalidStockRequestException(String field, String message) {
        super(field, message);
    }
}
