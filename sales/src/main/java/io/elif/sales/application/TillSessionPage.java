package io.elif.sales.application;

import io.elif.sales.domain.TillSession;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One page of till sessions, newest first, with the number the filter matches. */
public record TillSessionPage(List<Item> items, int page, int size, long totalItems) {

    /**
     * A session as the list shows it.
     *
     * @param expected the ledger's sum now (while open) or at closing
     * @param counted  null while open
     * @param difference counted - expected; null while open
     */
    public record Item(UUID id, UUID tillId, String tillCode, String tillName, String clerk, TillSession.State state,
                       LocalDate businessDate, BigDecimal openingFloat, Instant openedAt, BigDecimal expected,
                       BigDecimal counted, BigDecimal difference, String closedBy, Instant closedAt) {
    }

    public TillSessionPage {
        items = List.copyOf(items);
    }

    public long totalPages() {
        return size == 0 ? 0 : (totalItems + size - 1) / size;
    }
}
