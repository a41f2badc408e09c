package io.elif.inventory.application;

import io.elif.inventory.domain.MovementKind;
import io.elif.inventory.domain.Stocktake;
import io.elif.kernel.InvalidInputException;
import io.elif.inventory.StockStateException;
import io.elif.kernel.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Stocktakes: a sheet snapshots what the location holds; counts are entered, the sheet submitted, and a MANAGER's
 * approval posts each counted line's variance (counted - expected at the start) as a STOCKTAKE movement. Every
 * transition locks the sheet, so a sheet is approved (and posted) once, however many press the button. Each
 * transition returns the sheet as its viewers may see it (see {@link Stocktake#asShown()}).
 */
@Service
@Transactional
public class CountStock {

    private static final int LIST_LIMIT = 200;
    /** The most counts one request records. */
    public static final int MAX_COUNTS = 500;

    private final StockLedger ledger;
    private final Stockkeeping stockkeeping;
    private final StocktakeSheets sheets;
    private final DocumentNumbers numbers;

    CountStock(StockLedger ledger, Stockkeeping stockkeeping, StocktakeSheets sheets, DocumentNumbers numbers) {
        this.ledger = ledger;
        this.stockkeeping = stockkeeping;
        this.sheets = sheets;
        this.numbers = numbers;
    }

    /** A sheet with a line per product and lot the location holds. */
    public Stocktake start(UUID locationId, boolean blind, String actor) {
        if (locationId == null) {
            throw new InvalidInputException("locationId", "names the location to count");
        }
        var location = stockkeeping.location(locationId, "locationId");
        var id = UUID.randomUUID();
        sheets.add(id, numbers.next("C", stockkeeping.today().getYear()), location.locationId(), blind, actor,
                ledger.heldAt(location.locationId()));
        return shown(id);
    }

    /** Records counted quantities; a product or lot not on the sheet gets a line of its own. */
    public Stocktake count(UUID id, List<Stocktake.Count> counts) {
        var sheet = inState(id, Stocktake.State.COUNTING);
        if (counts == null || counts.isEmpty() || counts.size() > MAX_COUNTS) {
            throw new InvalidInputException("lines", "must hold 1 to " + MAX_COUNTS + " counts");
        }
        for (int i = 0; i < counts.size(); i++) {
            var count = counts.get(i);
            if (count == null || count.productId() == null) {
                throw new InvalidInputException("lines[" + i + "].productId", "names the product counted");
            }
            if (count.counted() < 0) {
                throw new InvalidInputException("lines[" + i + "].counted", "must be zero or more");
            }
            var lot = count.lot() == null ? "" : count.lot().strip();
            var line = sheet.lines().stream()
                    .filter(candidate -> candidate.productId().equals(count.productId()) && candidate.lot().equals(lot))
                    .findFirst();
            sheets.count(id, count.productId(), lot, line.map(Stocktake.Line::bestBefore).orElse(null),
                    line.map(Stocktake.Line::expected).orElseGet(() -> ledger.onHand(count.productId(), sheet.locationId(), lot)),
                    count.counted());
        }
        return shown(id);
    }

    public Stocktake submit(UUID id, String actor) {
        inState(id, Stocktake.State.COUNTING);
        sheets.submit(id, actor);
        return shown(id);
    }

    /** Posts every counted line's variance as a STOCKTAKE movement; uncounted lines change nothing. */
    public Stocktake approve(UUID id, String actor) {
        var sheet = inState(id, Stocktake.State.SUBMITTED);
        var location = stockkeeping.location(sheet.locationId(), "locationId");
        ledger.lockCards(sheet.lines().stream().map(Stocktake.Line::productId).toList());
        for (var line : sheet.lines()) {
            var variance = line.variance();
            if (variance == null || variance == 0) {
                continue;
            }
            if (variance > 0) {
                stockkeeping.put(new StockLedger.Posting(line.productId(), location.locationId(), line.lot(), line.bestBefore(), variance,
                        MovementKind.STOCKTAKE, sheet.number(), null, actor), "lines");
            } else {
                stockkeeping.take(line.productId(), location, line.lot(), -variance, MovementKind.STOCKTAKE, sheet.number(), null, actor);
            }
        }
        sheets.close(id, Stocktake.State.APPROVED, actor);
        return shown(id);
    }

    public Stocktake cancel(UUID id, String actor) {
        var sheet = sheets.lock(id).orElseThrow(() -> new NotFoundException("No stocktake " + id));
        if (sheet.state() == Stocktake.State.APPROVED || sheet.state() == Stocktake.State.CANCELLED) {
            throw new StockStateException("Stocktake " + sheet.number() + " is " + sheet.state().name().toLowerCase());
        }
        sheets.close(id, Stocktake.State.CANCELLED, actor);
        return shown(id);
    }

    @Transactional(readOnly = true)
    public Optional<Stocktake> stocktake(UUID id) {
        return sheets.byId(id).map(Stocktake::asShown);
    }

    /** Newest first, at most 200; {@code state} null for all. Lines are left out. */
    @Transactional(readOnly = true)
    public List<Stocktake> stocktakes(Stocktake.State state) {
        return sheets.list(state, LIST_LIMIT);
    }

    private Stocktake shown(UUID id) {
        return sheets.byId(id).map(Stocktake::asShown).orElseThrow();
    }

    private Stocktake inState(UUID id, Stocktake.State state) {
        var sheet = sheets.lock(id).orElseThrow(() -> new NotFoundException("No stocktake " + id));
        if (sheet.state() != state) {
            throw new StockStateException("Stocktake " + sheet.number() + " is " + sheet.state().name().toLowerCase()
                    + ", not " + state.name().toLowerCase());
        }
        return sheet;
    }
}
