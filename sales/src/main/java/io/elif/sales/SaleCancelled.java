package io.elif.sales;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A draft or confirmed sale cancelled: nothing was sold, a confirmed one's reservation was released.
 *
 * @param wasConfirmed whether stock had been reserved for it
 */
public record SaleCancelled(UUID saleId, String number, UUID customerId, UUID warehouseId, LocalDate businessDate,
                            String cancelledBy, Instant cancelledAt, boolean wasConfirmed) {
}
