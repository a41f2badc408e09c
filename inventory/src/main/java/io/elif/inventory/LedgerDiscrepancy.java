package io.elif.inventory;

import java.util.UUID;

/** A stock record that disagrees with its ledger or its open reservations. */
public record LedgerDiscrepancy(UUID productId, long onHand, long ledgerTotal, long reserved, long openReservations) {
}
