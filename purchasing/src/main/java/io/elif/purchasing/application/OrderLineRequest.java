package io.elif.purchasing.application;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A line as a buyer asks for it: a product's pack ({@code packId} null: base units), a whole number of packs, and a
 * cost per pack excluding tax (null: the cost agreed with the supplier).
 */
public record OrderLineRequest(UUID productId, UUID packId, int quantity, BigDecimal unitCost) {
}
