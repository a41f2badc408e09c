package io.elif.inventory;

import java.util.UUID;

/**
 * Books that disagree: a balance (product, location, lot) whose on hand differs from its ledger or whose reserved
 * quantity differs from its open reservations, or a product whose total differs from its balances
 * ({@code locationId} null, {@code lot} "").
 */
public record LedgerDiscrepancy(UUID productId, UUID locationId, String lot, long onHand, long expectedOnHand,
                                long reserved, long expectedReserved) {
}
