package io.elif.inventory;

import io.elif.kernel.NotFoundException;

/** A warehouse, location, transfer or stocktake that does not exist (in this tenant). */
public class UnknownStockDocumentException extends NotFoundException {

    public UnknownStockDocumentException(String what, Object id) {
        super("No " + what + " " + id);
    }
}
