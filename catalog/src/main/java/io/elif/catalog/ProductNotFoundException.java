package io.elif.catalog;

import java.util.UUID;

public class ProductNotFoundException extends CatalogEntryNotFoundException {

    public ProductNotFoundException(UUID id) {
        super("product", id);
    }
}
