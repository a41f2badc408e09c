package io.elif.inventory.application;

import io.elif.inventory.LedgerDiscrepancy;
import io.elif.inventory.StockLevel;
import io.elif.inventory.domain.StockValuation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Read models over the ledger; each a fixed number of queries, whatever the number of rows. */
public interface StockQueries {

    List<UUID> cardsWithoutFacts(int limit);

    List<StockLevel> levels(Collection<UUID> productIds);

    /** Per warehouse (and per balance when asked); available as of the day, expired lots left out. */
    List<ProductStock> productStocks(Collection<UUID> productIds, boolean withBalances, LocalDate today);

    List<StockMovement> movements(UUID productId, int limit);

    List<LedgerDiscrepancy> discrepancies();

    StockOverview overview(StockOverview.Query query);

    List<StockOverview.Row> lowStock(int limit);

    List<ExpiringLot> expiringBy(LocalDate day, LocalDate today, UUID warehouseId, int limit);

    /** Every warehouse (also those holding nothing) with its holdings. */
    List<StockValuation.Holding> holdings();
}
