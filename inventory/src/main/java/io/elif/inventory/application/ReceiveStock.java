package io.elif.inventory.application;

import io.elif.inventory.domain.MovementKind;
import io.elif.inventory.GoodsReceipt;
import io.elif.kernel.InvalidInputException;
import io.elif.inventory.ReceiptLine;
import io.elif.inventory.StockLevel;
import io.elif.inventory.domain.MovingAverageCost;
import io.elif.inventory.domain.Receipts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.UUID;

/** Goods booked in: from suppliers (a receipt at a cost updates the moving average cost) or back from customers. */
@Service
@Transactional
public class ReceiveStock {

    private final StockLedger ledger;
    private final Stockkeeping stockkeeping;
    private final PurchaseCosts costs;
    private final StockQueries queries;

    ReceiveStock(StockLedger ledger, Stockkeeping stockkeeping, PurchaseCosts costs, StockQueries queries) {
        this.ledger = ledger;
        this.stockkeeping = stockkeeping;
        this.costs = costs;
        this.queries = queries;
    }

    /** Goods in at the default location without lot or cost. */
    public StockLevel receive(UUID productId, long quantity, String reference) {
        return receive(new GoodsReceipt(null, reference, null, List.of(new ReceiptLine(productId, quantity, null, null, null))))
                .getFirst();
    }

    /** A goods receipt, all lines or none; the products' new levels. */
    public List<StockLevel> receive(GoodsReceipt receipt) {
        book(receipt, MovementKind.RECEIPT);
        return levelsOf(receipt);
    }

    /** Goods a customer brought back (no cost change); the products' new levels. */
    public List<StockLevel> acceptReturn(GoodsReceipt receipt) {
        book(receipt, MovementKind.CUSTOMER_RETURN);
        return levelsOf(receipt);
    }

    private void book(GoodsReceipt receipt, MovementKind kind) {
        var valid = Receipts.validated(receipt);
        var location = stockkeeping.location(valid.locationId(), "locationId");
        for (int i = 0; i < valid.lines().size(); i++) {
            var bestBefore = valid.lines().get(i).bestBefore();
            if (kind == MovementKind.RECEIPT && bestBefore != null && bestBefore.isBefore(stockkeeping.today())) {
                throw new InvalidInputException("lines[" + i + "].bestBefore", "is past: expired goods are not received");
            }
        }
        ledger.lockCards(valid.lines().stream().map(ReceiptLine::productId).toList());
        for (int i = 0; i < valid.lines().size(); i++) {
            var line = valid.lines().get(i);
            if (line.unitCost() != null && kind == MovementKind.RECEIPT) {
                // read again per line: an earlier line of the same product has moved the card
                var card = ledger.lockCards(List.of(line.productId())).get(line.productId());
                var cost = costs.withoutTax(line.productId(), line.unitCost());
                ledger.setAverageCost(line.productId(),
                        MovingAverageCost.after(card.onHand(), card.averageCost(), line.quantity(), cost));
            }
            stockkeeping.put(new StockLedger.Posting(line.productId(), location.locationId(), line.lot(), line.bestBefore(),
                    line.quantity(), kind, valid.reference(), null, valid.actor()), "lines[" + i + "].bestBefore");
        }
    }

    private List<StockLevel> levelsOf(GoodsReceipt receipt) {
        return queries.levels(receipt.lines().stream().map(ReceiptLine::productId).distinct().toList());
    }
}
