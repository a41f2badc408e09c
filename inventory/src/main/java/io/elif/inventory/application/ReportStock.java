package io.elif.inventory.application;

import io.elif.inventory.domain.StockValue;
import io.elif.catalog.Catalog;
import io.elif.catalog.PriceLevel;
import io.elif.kernel.InvalidInputException;
import io.elif.inventory.domain.StockValuation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** The lists people work from: the overview, low stock, near expiry, and what the stock is worth. */
@Service
@Transactional(readOnly = true)
public class ReportStock {

    /** The most rows a list gives (low stock, near expiry). */
    public static final int MAX_ROWS = 500;

    private final StockQueries queries;
    private final Warehouses warehouses;
    private final Catalog catalog;
    private final Clock clock;

    ReportStock(StockQueries queries, Warehouses warehouses, Catalog catalog, Clock clock) {
        this.queries = queries;
        this.warehouses = warehouses;
        this.catalog = catalog;
        this.clock = clock;
    }

    /**
     * One query per page, whatever the filters. A search text that is a barcode of a product or of one of its packs
     * (a scanner typed it; the catalogue knows what a barcode looks like) lists that product only.
     */
    public StockOverview overview(StockOverview.Query query) {
        requireKnownWarehouse(query.warehouseId());
        var scanned = query.text() == null || query.text().isBlank() ? query
                : catalog.findByBarcode(query.text().strip()).map(match -> query.forProduct(match.productId())).orElse(query);
        return queries.overview(scanned);
    }

    /** Active products that are out of stock or under their minimum, out of stock first; at most {@link #MAX_ROWS}. */
    public List<StockOverview.Row> lowStock() {
        return queries.lowStock(MAX_ROWS);
    }

    /** Lots on hand whose best-before date is within {@code days} days or past; at most {@link #MAX_ROWS}. */
    public List<ExpiringLot> nearExpiry(int days, UUID warehouseId) {
        requireKnownWarehouse(warehouseId);
        var today = LocalDate.now(clock);
        return queries.expiringBy(today.plusDays(days), today, warehouseId, MAX_ROWS);
    }

    /** Costs come from the stock cards, retail prices from the catalogue (today's level 1), in one call each. */
    public StockValue value() {
        var holdings = queries.holdings();
        var prices = catalog.currentUnitPrices(holdings.stream().map(StockValuation.Holding::productId)
                .filter(Objects::nonNull).distinct().toList(), PriceLevel.LEVEL_1);
        return StockValuation.of(holdings, prices);
    }

    /** A filter naming a warehouse the company does not have is bad input, not an empty list. */
    private void requireKnownWarehouse(UUID warehouseId) {
        if (warehouseId != null && warehouses.byId(warehouseId).isEmpty()) {
            throw new InvalidInputException("warehouseId", "is not a warehouse of this company");
        }
    }
}
