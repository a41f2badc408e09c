package io.elif.catalog.application;

import io.elif.catalog.ProductChanged;
import io.elif.catalog.ProductCreated;
import io.elif.catalog.ProductDeactivated;

/** Where the catalog's facts go; delivered to other modules after the transaction commits. */
public interface CatalogEvents {

    void productCreated(ProductCreated event);

    void productChanged(ProductChanged event);

    void productDeactivated(ProductDeactivated event);
}
