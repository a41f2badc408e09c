package io.elif.inventory.application;

import io.elif.inventory.StockLevel;
import java.util.UUID;

/** Opening {@code quantity} units of a source product (a crate) into {@code unitsPerSource} units each of a target product. */
public record BreakBulk(UUID locationId, UUID sourceProductId, UUID targetProductId, long quantity, long unitsPerSource,
                        String actor) {

    /** The document number both movements carry, and the two products' levels afterwards. */
    public record Result(String reference, StockLevel source, StockLevel target) {
    }
}
