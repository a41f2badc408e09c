package io.elif.sales.domain;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A line as asked for: a product by its base unit ({@code packId} null) or a pack, a number of packs. The price
 * comes from the catalogue; {@code unitPrice} (an override) or {@code discount} (a percentage off the catalogue's
 * price) are a manager's, with a {@code priceReason}.
 */
public record LineRequest(UUID productId, UUID packId, int quantity, BigDecimal unitPrice, BigDecimal discount,
                          String priceReason) {

    public static LineRequest of(UUID productId, UUID packId, int quantity) {
        return new LineRequest(productId, packId, quantity, null, null, null);
    }
}
