package io.elif.inventory.adapter.spring;

import io.elif.inventory.BreakBulk;
import io.elif.inventory.Inventory;
import io.elif.inventory.StockTransfers;
import io.elif.inventory.Transfer;
import io.elif.inventory.application.BreakBulkStock;
import io.elif.inventory.application.TransferStock;
import io.elif.inventory.application.Transfers;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Service
@Transactional(readOnly = true)
class TransactionalStockTransfers implements StockTransfers {

    private static final int LIST_LIMIT = 200;

    private final TransferStock transferStock;
    private final BreakBulkStock breakBulkStock;
    private final Transfers transfers;
    private final Inventory inventory;

    TransactionalStockTransfers(TransferStock transferStock, BreakBulkStock breakBulkStock, Transfers transfers,
                                Inventory inventory) {
        this.transferStock = transferStock;
        this.breakBulkStock = breakBulkStock;
        this.transfers = transfers;
        this.inventory = inventory;
    }

    @Override
    @Transactional
    public Transfer send(Transfer.Request request) {
        return transfers.byId(transferStock.send(request)).orElseThrow();
    }

    @Override
    @Transactional
    public Transfer receive(UUID transferId, String actor) {
        transferStock.receive(transferId, actor);
        return transfers.byId(transferId).orElseThrow();
    }

    @Override
    public Optional<Transfer> transfer(UUID transferId) {
        return transfers.byId(transferId);
    }

    @Override
    public List<Transfer> transfers(Transfer.State state) {
        return transfers.list(state, LIST_LIMIT);
    }

    @Override
    @Transactional
    public BreakBulk.Result breakBulk(BreakBulk request) {
        var reference = breakBulkStock.handle(request);
        return new BreakBulk.Result(reference, inventory.stockLevel(request.sourceProductId()).orElseThrow(),
                inventory.stockLevel(request.targetProductId()).orElseThrow());
    }
}
