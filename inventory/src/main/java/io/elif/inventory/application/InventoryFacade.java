package io.elif.inventory.application;

import io.elif.inventory.EmptiesCount;
import io.elif.inventory.EmptiesStock;
import io.elif.inventory.GoodsReceipt;
import io.elif.inventory.Inventory;
import io.elif.inventory.IssuedStock;
import io.elif.inventory.LedgerDiscrepancy;
import io.elif.inventory.NewTransfer;
import io.elif.inventory.ReservationLine;
import io.elif.inventory.StockLevel;
import io.elif.inventory.Warehouse;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The inventory's facade: hands each call to its use case, whose rules and transaction it takes as they are. */
@Service
@Transactional
class InventoryFacade implements Inventory {

    private final FindStock findStock;
    private final ReceiveStock receiveStock;
    private final ReserveStock reserveStock;
    private final TransferStock transferStock;
    private final AdministerWarehouses administerWarehouses;
    private final KeepEmpties keepEmpties;

    InventoryFacade(FindStock findStock, ReceiveStock receiveStock, ReserveStock reserveStock, TransferStock transferStock,
                    AdministerWarehouses administerWarehouses, KeepEmpties keepEmpties) {
        this.findStock = findStock;
        this.receiveStock = receiveStock;
        this.reserveStock = reserveStock;
        this.transferStock = transferStock;
        this.administerWarehouses = administerWarehouses;
        this.keepEmpties = keepEmpties;
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
    public List<StockLevel> receive(GoodsReceipt receipt) {
        return receiveStock.receive(receipt);
    }

    @Override
    public List<StockLevel> acceptReturn(GoodsReceipt receipt) {
        return receiveStock.acceptReturn(receipt);
    }

    @Override
    public void receiveEmpties(String reference, UUID warehouseId, List<EmptiesCount> counts, boolean exchanged,
                               String actor) {
        keepEmpties.receive(reference, warehouseId, counts, exchanged, actor);
    }

    @Override
    public void returnEmpties(String reference, UUID warehouseId, List<EmptiesCount> counts, String actor) {
        keepEmpties.returnToSupplier(reference, warehouseId, counts, actor);
    }

    @Override
    @Transactional(readOnly = true)
    public List<EmptiesStock> empties() {
        return keepEmpties.stock();
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
    public List<IssuedStock> issue(String reference) {
        return reserveStock.issue(reference);
    }

    @Override
    @Transactional(readOnly = true)
    public List<LedgerDiscrepancy> checkConsistency() {
        return findStock.discrepancies();
    }

    @Override
    @Transactional(readOnly = true)
    public List<UUID> productsWithoutFacts(int limit) {
        return findStock.cardsWithoutFacts(limit);
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
    public UUID sendTransfer(NewTransfer transfer) {
        return transferStock.send(transfer).id();
    }

    @Override
    public void receiveTransfer(UUID transferId, String actor) {
        transferStock.receive(transferId, actor);
    }
}
