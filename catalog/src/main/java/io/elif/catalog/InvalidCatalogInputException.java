package io.elif.catalog;

/** A command breaks a catalogue rule; {@link #field()} names the offending input's path. Nothing was written. */
public class InvalidCatalogInputException extends RuntimeException {

    private final String field;

    public InvalidCatalogInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
