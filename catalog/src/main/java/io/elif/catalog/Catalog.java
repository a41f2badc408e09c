package io.elif.catalog;

import java.util.Optional;
import java.util.UUID;

/** The catalog's facade for other modules and for the application's wiring. */
public interface Catalog {

    int MAX_PAGE_SIZE = 100;

    /** @throws DuplicateSkuException when the SKU is taken */
    ProductView createProduct(NewProduct product);

    Optional<ProductView> findProduct(UUID id);

    /** Products whose name, SKU or category contains the text (all when blank), by name. */
    ProductPage searchProducts(String text, int page, int size);

    long countProducts();
}
