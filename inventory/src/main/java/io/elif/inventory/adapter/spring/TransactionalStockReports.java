package io.elif.inventory.adapter.spring;

import io.elif.catalog.Catalog;
import io.elif.catalog.PriceLevel;
import io.elif.inventory.ExpiringLot;
import io.elif.inventory.InvalidStockRequestException;
import io.elif.inventory.StockOverview;
import io.elif.inventory.StockReports;
import io.elif.inventory.StockValue;
import io.elif.inventory.application.StockBook;
import io.elif.inventory.application.StockQueries;
import io.elif.inventory.application.Warehouses;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

@Service
@Transactional(readOnly = true)
class TransactionalStockReports implements StockReports {

    private static final int MAX_DAYS = 3650;
    private static final Pattern BARCODE = Pattern.compile("\\d{8,14}");

    private final StockQueries queries;
    private final Catalog catalog;
    private final StockBook book;
    private final Warehouses warehouses;

    TransactionalStockReports(StockQueries queries, Catalog catalog, StockBook book, Warehouses warehouses) {
        this.queries = queries;
        this.catalog = catalog;
        this.book = book;
        this.warehouses = warehouses;
    }

    @Override
    public StockOverview overview(StockOverview.Query query) {
        if (query.size() < 1 || query.size() > MAX_PAGE_SIZE) {
            throw new InvalidStockRequestException("size", "must be from 1 to " + MAX_PAGE_SIZE);
        }
        requireKnownWarehouse(query.warehouseId());
        return queries.overview(scannedBarcode(query));
    }

    /** A filter naming a warehouse the company does not have is bad input, not an empty list. */
    private void requireKnownWarehouse(UUID warehouseId) {
        if (warehouseId != null && warehouses.byId(warehouseId).isEmpty()) {
            throw new InvalidStockRequestException("warehouseId", "is not a warehouse of this company");
        }
    }

    /** A search text that is a barcode of a product or of one of its packs (a scanner typed it) lists that product. */
    private StockOverview.Query scannedBarcode(StockOverview.Query query) {
        if (query.text() == null || !BARCODE.matcher(query.text().strip()).matches()) {
            return query;
        }
        return catalog.findByBarcode(query.text().strip()).map(match -> query.forProduct(match.productId())).orElse(query);
    }

    @Override
    public List<StockOverview.Row> lowStock() {
        return queries.lowStock(MAX_ROWS);
    }

    @Override
    public List<ExpiringLot> nearExpiry(int days, UUID warehouseId) {
        if (days < 0 || days > MAX_DAYS) {
            throw new InvalidStockRequestException("days", "must be from 0 to " + MAX_DAYS);
        }
        requireKnownWarehouse(warehouseId);
        var today = book.today();
        return queries.expiringBy(today.plusDays(days), today, warehouseId, MAX_ROWS);
    }

    /** Costs come from the stock cards, retail prices from the catalogue (today's level 1), in one call each. */
    @Override
    public StockValue value() {
        var holdings = queries.holdings();
        var prices = catalog.currentUnitPrices(holdings.stream().map(StockQueries.Holding::productId)
                .filter(Objects::nonNull).distinct().toList(), PriceLevel.LEVEL_1);
        var warehouses = new LinkedHashMap<UUID, StockValue.WarehouseValue>();
        for (var holding : holdings) {
            var atCost = holding.averageCost().multiply(BigDecimal.valueOf(holding.onHand()));
            var price = holding.productId() == null ? null : prices.get(holding.productId());
            var atRetail = price == null ? BigDecimal.ZERO : price.multiply(BigDecimal.valueOf(holding.onHand()));
            warehouses.merge(holding.warehouseId(),
                    new StockValue.WarehouseValue(holding.warehouseId(), holding.warehouseCode(), holding.warehouseName(),
                            atCost, atRetail),
                    (a, b) -> new StockValue.WarehouseValue(a.warehouseId(), a.warehouseCode(), a.warehouseName(),
                            a.atCost().add(b.atCost()), a.atRetail().add(b.atRetail())));
        }
        var rounded = new ArrayList<StockValue.WarehouseValue>();
        for (var value : warehouses.values()) {
            rounded.add(new StockValue.WarehouseValue(value.warehouseId(), value.warehouseCode(), value.warehouseName(),
                    money(value.atCost()), money(value.atRetail())));
        }
        return new StockValue(rounded, money(rounded.stream().map(StockValue.WarehouseValue::atCost).reduce(BigDecimal.ZERO, BigDecimal::add)),
                money(rounded.stream().map(StockValue.WarehouseValue::atRetail).reduce(BigDecimal.ZERO, BigDecimal::add)));
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_EVEN);
    }
}
