package io.elif.catalog;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
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

    /**
     * Today's price of one base unit of each product at the level (tax included); products without a price at
     * that level are left out. At most {@link #MAX_PAGE_SIZE} ids per call is not required: callers may pass
     * a whole warehouse's products.
     */
    Map<UUID, BigDecimal> currentUnitPrices(Collection<UUID> productIds, PriceLevel level);
}
