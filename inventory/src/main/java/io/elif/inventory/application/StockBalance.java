package io.elif.inventory.application;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A product's stock at one location and lot ({@code lot} is "" for stock without a lot), as of a business day:
 * {@code available} is what may still be promised, nothing once the lot has {@code expired}.
 */
public record StockBalance(UUID warehouseId, String warehouseCode, UUID locationId, String locationCode, String lot,
                           LocalDate bestBefore, long onHand, long reserved, boolean expired) {

    public static StockBalance asOf(LocalDate day, UUID warehouseId, String warehouseCode, UUID locationId,
                                    String locationCode, String lot, LocalDate bestBefore, long onHand, long reserved) {
        return new StockBalance(warehouseId, warehouseCode, locationId, locationCode, lot, bestBefore, onHand, reserved,
                bestBefore != null && bestBefore.isBefore(day));
    }

    public long available() {
        return expired ? 0 : onHand - reserved;
    }
}
