package io.elif.inventory.adapter.web;

import io.elif.catalog.Catalog;
import io.elif.inventory.ExpiringLot;
import io.elif.inventory.Inventory;
import io.elif.inventory.LedgerDiscrepancy;
import io.elif.inventory.ProductStock;
import io.elif.inventory.StockBalance;
import io.elif.inventory.StockOverview;
import io.elif.inventory.StockReports;
import io.elif.inventory.StockStatus;
import io.elif.inventory.StockValue;
import io.elif.inventory.WarehouseStock;
import io.elif.inventory.application.FindStock;
import io.elif.inventory.application.ReportStock;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Stock as clients see it: per product, per warehouse, location and lot, and the lists people work from. */
@Tag(name = "Stock", description = "Stock per product, warehouse, location and lot, and the lists people work from")
@RestController
@RequestMapping("/api/inventory/stock")
class StockController {

    record WarehouseStockResponse(UUID warehouseId, String warehouseCode, long onHand, long reserved, long available) {

        static WarehouseStockResponse of(WarehouseStock stock) {
            return new WarehouseStockResponse(stock.warehouseId(), stock.warehouseCode(), stock.onHand(), stock.reserved(),
                    stock.available());
        }
    }

    record StockLevelResponse(UUID productId, long onHand, long reserved, long available,
                              List<WarehouseStockResponse> warehouses) {

        static StockLevelResponse of(ProductStock stock) {
            return new StockLevelResponse(stock.productId(), stock.onHand(), stock.reserved(), stock.available(),
                    stock.warehouses().stream().map(WarehouseStockResponse::of).toList());
        }
    }

    record BalanceResponse(UUID warehouseId, String warehouseCode, UUID locationId, String locationCode, String lot,
                           LocalDate bestBefore, long onHand, long reserved, long available, boolean expired) {

        static BalanceResponse of(StockBalance balance) {
            return new BalanceResponse(balance.warehouseId(), balance.warehouseCode(), balance.locationId(),
                    balance.locationCode(), balance.lot(), balance.bestBefore(), balance.onHand(), balance.reserved(),
                    balance.available(), balance.expired());
        }
    }

    record ProductStockResponse(UUID productId, long onHand, long reserved, long available, long inTransit,
                                List<WarehouseStockResponse> warehouses, List<BalanceResponse> balances) {
    }

    record OverviewRow(UUID productId, String sku, String name, UUID categoryId, boolean active, long minimumStock,
                       Long maximumStock, long onHand, long reserved, long available, StockStatus status) {

        static OverviewRow of(StockOverview.Row row) {
            return new OverviewRow(row.productId(), row.sku(), row.name(), row.categoryId(), row.active(), row.minimumStock(),
                    row.maximumStock(), row.onHand(), row.reserved(), row.available(), row.status());
        }
    }

    record OverviewPage(List<OverviewRow> items, int page, int size, long totalItems) {
    }

    record ExpiringLotResponse(UUID productId, String sku, String name, String warehouseCode, UUID locationId,
                               String locationCode, String lot, LocalDate bestBefore, long onHand, long daysLeft,
                               boolean expired) {

        static ExpiringLotResponse of(ExpiringLot lot) {
            return new ExpiringLotResponse(lot.productId(), lot.sku(), lot.name(), lot.warehouseCode(), lot.locationId(),
                    lot.locationCode(), lot.lot(), lot.bestBefore(), lot.onHand(), lot.daysLeft(), lot.expired());
        }
    }

    record ConsistencyReport(boolean consistent, List<LedgerDiscrepancy> discrepancies) {
    }

    /** The sort keys as clients write them. */
    enum OverviewSort {
        name(StockOverview.Sort.NAME), sku(StockOverview.Sort.SKU), onHand(StockOverview.Sort.ON_HAND),
        available(StockOverview.Sort.AVAILABLE);

        private final StockOverview.Sort sort;

        OverviewSort(StockOverview.Sort sort) {
            this.sort = sort;
        }
    }

    enum Direction { asc, desc }

    /** ALL, or one status. */
    enum StatusFilter {
        ALL, OK, LOW, OUT;

        StockStatus status() {
            return this == ALL ? null : StockStatus.valueOf(name());
        }
    }

    record WarehouseValueResponse(UUID warehouseId, String warehouseCode, String warehouseName, String atCost,
                                  String atRetail) {
    }

    /** Amounts as decimal strings, as every amount of the API. */
    record StockValueResponse(String currency, List<WarehouseValueResponse> warehouses, String atCost, String atRetail) {

        static StockValueResponse of(StockValue value, String currency) {
            return new StockValueResponse(currency, value.warehouses().stream()
                    .map(warehouse -> new WarehouseValueResponse(warehouse.warehouseId(), warehouse.warehouseCode(),
                            warehouse.warehouseName(), warehouse.atCost().toPlainString(), warehouse.atRetail().toPlainString()))
                    .toList(), value.atCost().toPlainString(), value.atRetail().toPlainString());
        }
    }

    private final FindStock findStock;
    private final ReportStock reports;
    private final Catalog catalog;

    StockController(FindStock findStock, ReportStock reports, Catalog catalog) {
        this.findStock = findStock;
        this.reports = reports;
        this.catalog = catalog;
    }

    /** Levels of one page of products in one request; products without a stock card are left out. */
    @Operation(summary = "Stock levels of up to " + Inventory.MAX_BATCH + " products at once, per warehouse",
            description = "Products without stock cards are left out.")
    @GetMapping
    List<StockLevelResponse> stockOf(@RequestParam @Size(min = 1, max = Inventory.MAX_BATCH) Set<UUID> productIds) {
        return findStock.productStocks(productIds).stream().map(StockLevelResponse::of).toList();
    }

    @Operation(summary = "A product's stock per warehouse, location and lot")
    @GetMapping("/{productId}")
    ProductStockResponse stockOf(@PathVariable UUID productId) {
        var stock = findStock.productStock(productId).orElseThrow(() ->
                new ResponseStatusException(HttpStatus.NOT_FOUND, "No stock card for product " + productId));
        return new ProductStockResponse(stock.productId(), stock.onHand(), stock.reserved(), stock.available(),
                stock.inTransit(), stock.warehouses().stream().map(WarehouseStockResponse::of).toList(),
                stock.balances().stream().map(BalanceResponse::of).toList());
    }

    @Operation(summary = "The stock overview: each product's stock and status, with filters, sorting and pages")
    @GetMapping("/overview")
    OverviewPage overview(@RequestParam(defaultValue = "") @Size(max = 100) String q,
                          @RequestParam(required = false) UUID warehouseId,
                          @RequestParam(required = false) UUID categoryId,
                          @RequestParam(defaultValue = "ALL") StatusFilter status,
                          @RequestParam(required = false) Boolean active,
                          @RequestParam(defaultValue = "name") OverviewSort sort,
                          @RequestParam(defaultValue = "asc") Direction direction,
                          @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                          @RequestParam(defaultValue = "20") @Min(1) @Max(StockReports.MAX_PAGE_SIZE) int size) {
        var overview = reports.overview(new StockOverview.Query(q, null, warehouseId, categoryId, status.status(), active,
                sort.sort, direction == Direction.desc, page, size));
        return new OverviewPage(overview.items().stream().map(OverviewRow::of).toList(), overview.page(), overview.size(),
                overview.totalItems());
    }

    @Operation(summary = "Products below their minimum stock or out of stock")
    @GetMapping("/low")
    List<OverviewRow> lowStock() {
        return reports.lowStock().stream().map(OverviewRow::of).toList();
    }

    @Operation(summary = "Lots on hand whose best-before date is near or past")
    @GetMapping("/near-expiry")
    List<ExpiringLotResponse> nearExpiry(@RequestParam(defaultValue = "30") @Min(0) @Max(3650) int days,
                                         @RequestParam(required = false) UUID warehouseId) {
        return reports.nearExpiry(days, warehouseId).stream().map(ExpiringLotResponse::of).toList();
    }

    /** Costs and retail values: for ADMIN and MANAGER only (permission matrix). */
    @Operation(summary = "The stock's value per warehouse, at moving average cost and at retail price")
    @GetMapping("/value")
    StockValueResponse value() {
        return StockValueResponse.of(reports.value(), catalog.settings().currency());
    }

    /** The books' self-check an administrator can run at any time. */
    @Operation(summary = "Check every balance against its ledger and open reservations (changes nothing)")
    @GetMapping("/consistency")
    ConsistencyReport consistency() {
        var discrepancies = findStock.discrepancies();
        return new ConsistencyReport(discrepancies.isEmpty(), discrepancies);
    }
}
