package io.elif.inventory;

/** A warehouse, location, transfer or stocktake that does not exist (in this tenant). */
public class UnknownStockDocumentException extends RuntimeException {

    public UnknownStockDocumentException(String what, Object id) {
        super("No " + what + " " + id);
    }
}
