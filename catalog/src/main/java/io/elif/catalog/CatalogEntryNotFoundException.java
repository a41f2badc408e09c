package io.elif.catalog;

import io.elif.kernel.NotFoundException;

/** The addressed product, pack, category, tax class or container type does not exist in this tenant. */
public class CatalogEntryNotFoundException extends NotFoundException {

    public CatalogEntryNotFoundException(String what, Object id) {
        super("No " + what + " with id " + id);
    }
}
