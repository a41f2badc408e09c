package io.elif.catalog;

import io.elif.kernel.InvalidInputException;

/** A command breaks a catalogue rule; the field names the offending input's path. Nothing was written. */
public class InvalidCatalogInputException extends InvalidInputException {

    public InvalidCatalogInputException(String field, String message) {
        super(field, message);
    }
}
