package io.elif.inventory.application;

import io.elif.inventory.BreakBulk;
import io.elif.inventory.ExpiringLot;
import io.elif.inventory.GoodsReceipt;
import io.elif.inventory.Inventory;
import io.elif.inventory.LedgerDiscrepancy;
import io.elif.inventory.ProductStock;
import io.elif.inventory.ReservationLine;
import io.elif.inventory.StockAdjustment;
import io.elif.inventory.StockLevel;
import io.elif.inventory.StockMovement;
import io.elif.inventory.StockOverview;
import io.elif.inventory.StockReports;
import io.elif.inventory.StockTransfers;
import io.elif.inventory.StockValue;
import io.elif.inventory.Stocktake;
import io.elif.inventory.Stocktakes;
import io.elif.inventory.Transfer;
import io.elif.inventory.Warehouse;
import io.elif.inventory.WarehouseAdministration;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The inventory's facade: hands each call to its use case, whose rules and transaction it takes as they are. */
@Service
@Transactional
class InventoryFacade implements Inventory, StockReports, StockTransfers, Stocktakes, WarehouseAdministration {

    private final FindStock findStock;
    private final ReceiveStock receiveStock;
    private final ReserveStock reserveStock;
    private final AdjustStock adjustStock;
    private final TransferStock transferStock;
    private final BreakBulkStock breakBulkStock;
    private final CountStock countStock;
    private final ReportStock reportStock;
    private final AdministerWarehouses administerWarehouses;

    InventoryFacade(FindStock findStock, ReceiveStock receiveStock, ReserveStock reserveStock, AdjustStock adjustStock,
                    TransferStock transferStock, BreakBulkStock breakBulkStock, CountStock countStock,
                    ReportStock reportStock, AdministerWarehouses administerWarehouses) {
        this.findStock = findStock;
        this.receiveStock = receiveStock;
        this.reserveStock = reserveStock;
        this.adjustStock = adjustStock;
        this.transferStock = transferStock;
        this.breakBulkStock = breakBulkStock;
        this.countStock = countStock;
        this.reportStock = reportStock;
        this.administerWarehouses = administerWarehouses;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<StockLevel> stockLevel(UUID productId) {
        return findStock.level(productId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<StockLevel> stockLevels(Collection<UUID> productIds) {
        return findStock.levels(productIds);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ProductStock> productStocks(Collection<UUID> productIds) {
        return findStock.productStocks(productIds);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ProductStock> productStock(UUID productId) {
        return findStock.productStock(productId);
    }

    @Override
    public StockLevel receive(UUID productId, long quantity, String reference) {
        return receiveStock.receive(productId, quantity, reference);
    }

    @Override
    public List<StockLevel> receive(GoodsReceipt receipt) {
        return receiveStock.receive(receipt);
    }

    @Override
    public List<StockLevel> acceptReturn(GoodsReceipt receipt) {
        return receiveStock.acceptReturn(receipt);
    }

    @Override
    public void reserve(String reference, List<ReservationLine> lines) {
        reserveStock.reserve(reference, null, lines);
    }

    @Override
    public void reserve(String reference, UUID warehouseId, List<ReservationLine> lines) {
        reserveStock.reserve(reference, warehouseId, lines);
    }

    @Override
    public void release(String reference) {
        reserveStock.release(reference);
    }

    @Override
    public void issue(String reference) {
        reserveStock.issue(reference);
    }

    @Override
    @Transactional(readOnly = true)
    public List<LedgerDiscrepancy> checkConsistency() {
        return findStock.discrepancies();
    }

    @Override
    public StockLevel adjust(StockAdjustment adjustment) {
        return adjustStock.adjust(adjustment);
    }

    @Override
    @Transactional(readOnly = true)
    public List<UUID> productsWithoutFacts(int limit) {
        return findStock.cardsWithoutFacts(limit);
    }

    @Override
    @Transactional(readOnly = true)
    public List<StockMovement> movements(UUID productId, int limit) {
        return findStock.movements(productId, limit);
    }

    @Override
    @Transactional(readOnly = true)
    public StockOverview overview(StockOverview.Query query) {
        return reportStock.overview(query);
    }

    @Override
    @Transactional(readOnly = true)
    public List<StockOverview.Row> lowStock() {
        return reportStock.lowStock();
    }

    @Override
    @Transactional(readOnly = true)
    public List<ExpiringLot> nearExpiry(int days, UUID warehouseId) {
        return reportStock.nearExpiry(days, warehouseId);
    }

    @Override
    @Transactional(readOnly = true)
    public StockValue value() {
        return reportStock.value();
    }

    @Override
    public Transfer send(Transfer.Request request) {
        return transferStock.send(request);
    }

    @Override
    public Transfer receive(UUID transferId, String actor) {
        return transferStock.receive(transferId, actor);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Transfer> transfer(UUID transferId) {
        return transferStock.transfer(transferId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Transfer> transfers(Transfer.State state) {
        return transferStock.transfers(state);
    }

    @Override
    public BreakBulk.Result breakBulk(BreakBulk request) {
        return breakBulkStock.breakBulk(request);
    }

    @Override
    public Stocktake start(UUID locationId, boolean blind, String actor) {
        return countStock.start(locationId, blind, actor);
    }

    @Override
    public Stocktake count(UUID stocktakeId, List<Stocktake.Count> counts) {
        return countStock.count(stocktakeId, counts);
    }

    @Override
    public Stocktake submit(UUID stocktakeId, String actor) {
        return countStock.submit(stocktakeId, actor);
    }

    @Override
    public Stocktake approve(UUID stocktakeId, String actor) {
        return countStock.approve(stocktakeId, actor);
    }

    @Override
    public Stocktake cancel(UUID stocktakeId, String actor) {
        return countStock.cancel(stocktakeId, actor);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Stocktake> stocktake(UUID stocktakeId) {
        return countStock.stocktake(stocktakeId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Stocktake> stocktakes(Stocktake.State state) {
        return countStock.stocktakes(state);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Warehouse> warehouses() {
        return administerWarehouses.warehouses();
    }

    @Override
    public Warehouse createWarehouse(String code, String name, boolean allowNegativeStock) {
        return administerWarehouses.createWarehouse(code, name, allowNegativeStock);
    }

    @Override
    public Warehouse updateWarehouse(UUID id, String name, boolean allowNegativeStock, boolean active) {
        return administerWarehouses.updateWarehouse(id, name, allowNegativeStock, active);
    }

    @Override
    public Warehouse.Location addLocation(UUID warehouseId, String code, String name) {
        return administerWarehouses.addLocation(warehouseId, code, name);
    }

    @Override
    public Warehouse.Location updateLocation(UUID warehouseId, UUID locationId, String name, boolean active) {
        return administerWarehouses.updateLocation(warehouseId, locationId, name, active);
    }
}
