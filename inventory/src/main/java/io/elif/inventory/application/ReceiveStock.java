package io.elif.inventory.application;

import io.elif.inventory.GoodsReceipt;
import io.elif.inventory.InvalidStockRequestException;
import io.elif.inventory.MovementKind;
import io.elif.inventory.domain.MovingAverageCost;
import io.elif.inventory.domain.Receipts;

import java.util.Comparator;
import java.util.stream.IntStream;

/** Goods booked in: from suppliers (a receipt at a cost updates the moving average cost) or back from customers. */
public final class ReceiveStock {

    private final StockLedger ledger;
    private final StockBook book;
    private final PurchaseCosts costs;

    public ReceiveStock(StockLedger ledger, StockBook book, PurchaseCosts costs) {
        this.ledger = ledger;
        this.book = book;
        this.costs = costs;
    }

    public void handle(GoodsReceipt receipt, MovementKind kind) {
        var valid = Receipts.validated(receipt);
        var place = book.place(valid.locationId(), "locationId");
        // lines in product order: concurrent receipts lock stock cards in the same order
        var order = IntStream.range(0, valid.lines().size()).boxed()
                .sorted(Comparator.comparing(i -> valid.lines().get(i).productId())).toList();
        for (var i : order) {
            var line = valid.lines().get(i);
            if (kind == MovementKind.RECEIPT && line.bestBefore() != null && line.bestBefore().isBefore(book.today())) {
                throw new InvalidStockRequestException("lines[" + i + "].bestBefore", "is past: expired goods are not received");
            }
            if (line.unitCost() != null && kind == MovementKind.RECEIPT) {
                var card = ledger.lockCard(line.productId());
                var cost = costs.withoutTax(line.productId(), line.unitCost());
                ledger.setAverageCost(line.productId(),
                        MovingAverageCost.after(card.onHand(), card.averageCost(), line.quantity(), cost));
            }
            book.put(new StockLedger.Posting(line.productId(), place.locationId(), line.lot(), line.bestBefore(),
                    line.quantity(), kind, valid.reference(), null, valid.actor()), "lines[" + i + "].bestBefore");
        }
    }
}
