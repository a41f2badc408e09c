package io.elif.inventory.application;

import java.time.LocalDate;
import java.util.UUID;

/** Stock of a lot whose best-before date is near or past. */
public record ExpiringLot(UUID productId, String sku, String name, String warehouseCode, UUID locationId,
                          String locationCode, String lot, LocalDate bestBefore, long onHand, long daysLeft) {

    public boolean expired() {
        return daysLeft < 0;
    }
}
