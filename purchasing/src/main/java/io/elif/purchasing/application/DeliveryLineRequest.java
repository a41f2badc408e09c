package io.elif.purchasing.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What a storekeeper counted of one line. Against an order: the order's {@code lineNo}, the packs, lot, best-before,
 * condition and location (null: the order's warehouse's default location); product, pack and cost come from the order.
 * Without an order (a manager's): product, pack and cost per pack excluding tax instead of the line number.
 */
public record DeliveryLineRequest(Integer lineNo, UUID productId, UUID packId, int quantity, BigDecimal unitCost,
                                  String lot, LocalDate bestBefore, String condition, UUID locationId) {
}
