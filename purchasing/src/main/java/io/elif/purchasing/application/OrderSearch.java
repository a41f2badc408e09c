package io.elif.purchasing.application;

import io.elif.purchasing.domain.PurchaseOrderState;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Text in the number or the supplier's name or code; states empty for all; business dates inclusive, either open;
 * newest first.
 */
public record OrderSearch(String text, UUID supplierId, List<PurchaseOrderState> states, LocalDate from, LocalDate to,
                          int page, int size) {

    public OrderSearch {
        text = text == null ? "" : text.strip();
        states = states == null ? List.of() : List.copyOf(states);
    }
}
