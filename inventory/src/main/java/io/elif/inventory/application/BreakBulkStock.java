package io.elif.inventory.application;

import io.elif.inventory.domain.MovementKind;
import io.elif.catalog.PackSize;
import io.elif.kernel.InvalidInputException;
import io.elif.inventory.StockLevel;
import io.elif.inventory.domain.Receipts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.UUID;

/**
 * Opens crates into bottles: the source product goes out and the target comes in at the same location, as one
 * pair of movements under one number. The bottles keep the crates' lots and best-before dates.
 */
@Service
@Transactional
public class BreakBulkStock {

    private final StockLedger ledger;
    private final Stockkeeping stockkeeping;
    private final DocumentNumbers numbers;
    private final StockQueries queries;

    BreakBulkStock(StockLedger ledger, Stockkeeping stockkeeping, DocumentNumbers numbers, StockQueries queries) {
        this.ledger = ledger;
        this.stockkeeping = stockkeeping;
        this.numbers = numbers;
        this.queries = queries;
    }

    /** The document number and both products' new levels. */
    public BreakBulk.Result breakBulk(BreakBulk request) {
        if (request.sourceProductId() == null) {
            throw new InvalidInputException("sourceProductId", "names the product to open");
        }
        if (request.targetProductId() == null || request.targetProductId().equals(request.sourceProductId())) {
            throw new InvalidInputException("targetProductId", "names another product than the source");
        }
        Receipts.requirePositive(request.quantity(), "quantity");
        if (request.unitsPerSource() < PackSize.MIN || request.unitsPerSource() > PackSize.MAX) {
            throw new InvalidInputException("unitsPerSource", "must be a whole number from " + PackSize.MIN + " to "
                    + PackSize.MAX);
        }
        var location = stockkeeping.location(request.locationId(), "locationId");
        ledger.lockCards(List.of(request.sourceProductId(), request.targetProductId()));
        var reference = numbers.next("B", stockkeeping.today().getYear());
        for (var taken : stockkeeping.take(request.sourceProductId(), location, null, request.quantity(), MovementKind.BREAK_BULK_OUT,
                reference, null, request.actor())) {
            stockkeeping.put(new StockLedger.Posting(request.targetProductId(), location.locationId(), taken.lot(), taken.bestBefore(),
                    Math.multiplyExact(taken.quantity(), request.unitsPerSource()), MovementKind.BREAK_BULK_IN, reference,
                    null, request.actor()), "targetProductId");
        }
        var levels = queries.levels(List.of(request.sourceProductId(), request.targetProductId()));
        return new BreakBulk.Result(reference, levelOf(levels, request.sourceProductId()), levelOf(levels, request.targetProductId()));
    }

    private static StockLevel levelOf(List<StockLevel> levels, UUID productId) {
        return levels.stream().filter(level -> level.productId().equals(productId)).findFirst().orElseThrow();
    }
}
