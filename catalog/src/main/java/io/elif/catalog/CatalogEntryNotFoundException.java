package io.elif.catalog;

/** The addressed product, pack, category, tax class or container type does not exist in this tenant. */
public class CatalogEntryNotFoundException extends RuntimeException {

    public CatalogEntryNotFoundException(String what, Object id) {
        super("No " + what + " with id " + id);
    }
}
