package io.elif.inventory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Goods of one product arriving: a whole number of base units, optionally at a unit cost (tax excluded)
 * and in a lot with its best-before date.
 */
public record ReceiptLine(UUID productId, long quantity, BigDecimal unitCost, String lot, LocalDate bestBefore) {
}
