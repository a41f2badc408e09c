package io.elif.inventory.adapter.web;

import io.elif.inventory.application.StockOverview;
import io.elif.inventory.application.StockStatus;
import io.elif.catalog.Catalog;
import io.elif.inventory.LedgerDiscrepancy;
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

    /** The most products one request asks the levels of, and the largest overview page. */
    static final int MAX_BATCH = 100;
    static final int MAX_PAGE_SIZE = 100;

    record WarehouseStockResponse(UUID warehouseId, String warehouseCode, long onHand, long reserved, long available) {
    }

    record StockLevelResponse(UUID productId, long onHand, long reserved, long available,
                              List<WarehouseStockResponse> warehouses) {
    }

    record BalanceResponse(UUID warehouseId, String warehouseCode, UUID locationId, String locationCode, String lot,
                           LocalDate bestBefore, long onHand, long reserved, long available, boolean expired) {
    }

    record ProductStockResponse(UUID productId, long onHand, long reserved, long available, long inTransit,
                                List<WarehouseStockResponse> warehouses, List<BalanceResponse> balances) {
    }

    record OverviewRow(UUID productId, String sku, String name, UUID categoryId, boolean active, long minimumStock,
                       Long maximumStock, long onHand, long reserved, long available, StockStatus status) {
    }

    record OverviewPage(List<OverviewRow> items, int page, int size, long totalItems) {
    }

    record ExpiringLotResponse(UUID productId, String sku, String name, String warehouseCode, UUID locationId,
                               String locationCode, String lot, LocalDate bestBefore, long onHand, long daysLeft,
                               boolean expired) {
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
    }

    private final FindStock findStock;
    private final ReportStock reports;
    private final Catalog catalog;
    private final InventoryWebMapper mapper;

    StockController(FindStock findStock, ReportStock reports, Catalog catalog, InventoryWebMapper mapper) {
        this.findStock = findStock;
        this.reports = reports;
        this.catalog = catalog;
        this.mapper = mapper;
    }

    /** Levels of one page of products in one request; products without a stock card are left out. */
    @Operation(summary = "Stock levels of up to " + MAX_BATCH + " products at once, per warehouse",
            description = "Products without stock cards are left out.")
    @GetMapping
    List<StockLevelResponse> stockOf(@RequestParam @Size(min = 1, max = MAX_BATCH) Set<UUID> productIds) {
        return mapper.toStockLevelResponses(findStock.productStocks(productIds));
    }

    @Operation(summary = "A product's stock per warehouse, location and lot")
    @GetMapping("/{productId}")
    ProductStockResponse stockOf(@PathVariable UUID productId) {
        var stock = findStock.productStock(productId).orElseThrow(() ->
                new ResponseStatusException(HttpStatus.NOT_FOUND, "No stock card for product " + productId));
        return mapper.toResponse(stock);
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
                          @RequestParam(defaultValue = "20") @Min(1) @Max(MAX_PAGE_SIZE) int size) {
        var overview = reports.overview(new StockOverview.Query(q, null, warehouseId, categoryId, status.status(), active,
                sort.sort, direction == Direction.desc, page, size));
        return mapper.toResponse(overview);
    }

    @Operation(summary = "Products below their minimum stock or out of stock")
    @GetMapping("/low")
    List<OverviewRow> lowStock() {
        return mapper.toRowResponses(reports.lowStock());
    }

    @Operation(summary = "Lots on hand whose best-before date is near or past")
    @GetMapping("/near-expiry")
    List<ExpiringLotResponse> nearExpiry(@RequestParam(defaultValue = "30") @Min(0) @Max(3650) int days,
                                         @RequestParam(required = false) UUID warehouseId) {
        return mapper.toLotResponses(reports.nearExpiry(days, warehouseId));
    }

    /** Costs and retail values: for ADMIN and MANAGER only (permission matrix). */
    @Operation(summary = "The stock's value per warehouse, at moving average cost and at retail price")
    @GetMapping("/value")
    StockValueResponse value() {
        return mapper.toResponse(reports.value(), catalog.settings().currency());
    }

    /** The books' self-check an administrator can run at any time. */
    @Operation(summary = "Check every balance against its ledger and open reservations (changes nothing)")
    @GetMapping("/consistency")
    ConsistencyReport consistency() {
        var discrepancies = findStock.discrepancies();
        return new ConsistencyReport(discrepancies.isEmpty(), discrepancies);
    }
}
