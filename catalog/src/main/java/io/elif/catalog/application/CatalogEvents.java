package io.elif.catalog.application;

import io.elif.catalog.ProductCreated;

/** Where the catalog's facts go; delivered to other modules after the transaction commits. */
public interface CatalogEvents {

    void productCreated(ProductCreated event);
}
