package io.elif.inventory.application;

import io.elif.inventory.LedgerDiscrepancy;
import io.elif.inventory.StockLevel;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A product's stock as read: levels, per warehouse, location and lot, its movements, and the books' self-check. */
@Service
@Transactional(readOnly = true)
public class FindStock {

    private final StockQueries queries;
    private final Clock clock;

    FindStock(StockQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    /** Company-wide on hand and reserved of a product that has a stock card. */
    public Optional<StockLevel> level(UUID productId) {
        return queries.levels(List.of(productId)).stream().findFirst();
    }

    /** Levels of those products that have a stock card. */
    public List<StockLevel> levels(Collection<UUID> productIds) {
        return productIds.isEmpty() ? List.of() : queries.levels(productIds);
    }

    /** Per warehouse, for those products that have a stock card; available as of today, expired lots left out. */
    public List<ProductStock> productStocks(Collection<UUID> productIds) {
        return productIds.isEmpty() ? List.of() : queries.productStocks(productIds, false, LocalDate.now(clock));
    }

    /** Totals, warehouses, every location and lot, and what is in transit. */
    public Optional<ProductStock> productStock(UUID productId) {
        return queries.productStocks(List.of(productId), true, LocalDate.now(clock)).stream().findFirst();
    }

    /** The product's newest movements first, at most {@code limit}. */
    public List<StockMovement> movements(UUID productId, int limit) {
        return queries.movements(productId, limit);
    }

    /** Every balance that disagrees with its ledger or its open reservations, every card that disagrees with its balances. */
    public List<LedgerDiscrepancy> discrepancies() {
        return queries.discrepancies();
    }

    /** Stock cards that lack the catalogue's facts, at most {@code limit}. */
    public List<UUID> cardsWithoutFacts(int limit) {
        return queries.cardsWithoutFacts(limit);
    }
}
