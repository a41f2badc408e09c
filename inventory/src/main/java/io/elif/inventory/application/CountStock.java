package io.elif.inventory.application;

import io.elif.inventory.domain.MovementKind;
import io.elif.inventory.domain.Stocktake;
import io.elif.kernel.InvalidInputException;
import io.elif.kernel.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Stocktakes: a sheet snapshots what the location holds; counts are entered, the sheet submitted, and a MANAGER's
 * approval posts each counted line's variance (counted - expected at the start) as a STOCKTAKE movement. The sheet
 * ({@link Stocktake}) decides its transitions; this stores them and books what they cause. Every transition locks
 * the sheet, so a sheet is approved (and posted) once, however many press the button. Each
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
    private final Clock clock;

    CountStock(StockLedger ledger, Stockkeeping stockkeeping, StocktakeSheets sheets, DocumentNumbers numbers, Clock clock) {
        this.ledger = ledger;
        this.stockkeeping = stockkeeping;
        this.sheets = sheets;
        this.numbers = numbers;
        this.clock = clock;
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
        var sheet = locked(id);
        sheet.requireCounting();
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
        sheets.changed(locked(id).submitted(actor, Instant.now(clock)));
        return shown(id);
    }

    /** Posts every counted line's variance as a STOCKTAKE movement; uncounted lines change nothing. */
    public Stocktake approve(UUID id, String actor) {
        var approval = locked(id).approved(actor, Instant.now(clock));
        var sheet = approval.stocktake();
        var location = stockkeeping.location(sheet.locationId(), "locationId");
        ledger.lockCards(approval.variances().stream().map(Stocktake.Line::productId).toList());
        for (var line : approval.variances()) {
            var variance = line.variance();
            if (variance > 0) {
                stockkeeping.put(new StockLedger.Posting(line.productId(), location.locationId(), line.lot(), line.bestBefore(), variance,
                        MovementKind.STOCKTAKE, sheet.number(), null, actor), "lines");
            } else {
                stockkeeping.take(line.productId(), location, line.lot(), -variance, MovementKind.STOCKTAKE, sheet.number(), null, actor);
            }
        }
        sheets.changed(sheet);
        return shown(id);
    }

    public Stocktake cancel(UUID id, String actor) {
        sheets.changed(locked(id).cancelled(actor, Instant.now(clock)));
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

    private Stocktake locked(UUID id) {
        return sheets.lock(id).orElseThrow(() -> new NotFoundException("No stocktake " + id));
    }
}
