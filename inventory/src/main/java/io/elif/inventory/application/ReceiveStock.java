package io.elif.inventory.application;

import io.elif.inventory.GoodsReceipt;
import io.elif.inventory.InvalidStockRequestException;
import io.elif.inventory.MovementKind;
import io.elif.inventory.ReceiptLine;
import io.elif.inventory.StockLevel;
import io.elif.inventory.domain.MovingAverageCost;
import io.elif.inventory.domain.Receipts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

/** Goods booked in: from suppliers (a receipt at a cost updates the moving average cost) or back from customers. */
@Service
@Transactional
public class ReceiveStock {

    private final StockLedger ledger;
    private final StockBook book;
    private final PurchaseCosts costs;
    private final StockQueries queries;

    ReceiveStock(StockLedger ledger, StockBook book, PurchaseCosts costs, StockQueries queries) {
        this.ledger = ledger;
        this.book = book;
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

    private List<StockLevel> levelsOf(GoodsReceipt receipt) {
        return queries.levels(receipt.lines().stream().map(ReceiptLine::productId).distinct().toList());
    }
}
