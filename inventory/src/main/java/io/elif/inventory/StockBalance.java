package io.elif.inventory;

import java.time.LocalDate;
import java.util.UUID;

/** A product's stock at one location and lot ({@code lot} is "" for stock without a lot). */
public record StockBalance(UUID warehouseId, String warehouseCode, UUID locationId, String locationCode, String lot,
                           LocalDate bestBefore, long onHand, long reserved) {

    public long available() {
        return onHand - reserved;
    }

    public boolean expiredOn(LocalDate day) {
        return bestBefore != null && bestBefore.isBefore(day);
    }
}
