package io.elif.inventory.application;

import io.elif.inventory.domain.MovementKind;
import io.elif.inventory.domain.StockAdjustment;
import io.elif.inventory.StockLevel;
import io.elif.inventory.domain.Adjustment;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** Stock changed by hand with a reason: increases go to the given lot (or none), decreases first-expired-first-out. */
@Service
@Transactional
public class AdjustStock {

    private final Stockkeeping stockkeeping;
    private final StockQueries queries;

    AdjustStock(Stockkeeping stockkeeping, StockQueries queries) {
        this.stockkeeping = stockkeeping;
        this.queries = queries;
    }

    /** The product's new level. */
    public StockLevel adjust(StockAdjustment adjustment) {
        var valid = Adjustment.validated(adjustment);
        var location = stockkeeping.location(valid.locationId(), "locationId");
        var lot = valid.lot() == null || valid.lot().isBlank() ? null : valid.lot().strip();
        var reference = valid.note() == null || valid.note().isBlank() ? "-" : valid.note();
        var reason = valid.reason().name();
        if (valid.quantity() > 0) {
            stockkeeping.put(new StockLedger.Posting(valid.productId(), location.locationId(), lot == null ? "" : lot, null,
                    valid.quantity(), MovementKind.ADJUSTMENT, reference, reason, valid.actor()), "lot");
        } else {
            stockkeeping.take(valid.productId(), location, lot, -valid.quantity(), MovementKind.ADJUSTMENT, reference, reason, valid.actor());
        }
        return queries.levels(List.of(valid.productId())).getFirst();
    }
}
