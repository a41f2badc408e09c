package io.elif.inventory.application;

import io.elif.inventory.NewTransfer;
import io.elif.inventory.domain.Transfer;
import io.elif.inventory.domain.MovementKind;
import io.elif.kernel.InvalidInputException;
import io.elif.inventory.ReservationLine;
import io.elif.inventory.StockStateException;
import io.elif.kernel.NotFoundException;
import io.elif.inventory.domain.Receipts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Transfers: the goods leave the source at once (TRANSFER_OUT, first-expired-first-out) and are in transit until
 * the destination receives them (TRANSFER_IN, same lots). Within one warehouse both happen at once.
 */
@Service
@Transactional
public class TransferStock {

    private static final int NOTE_MAX = 200;
    private static final int LIST_LIMIT = 200;
    /** The most lines a transfer moves. */
    public static final int MAX_LINES = 200;

    private final StockLedger ledger;
    private final Stockkeeping stockkeeping;
    private final Transfers transfers;
    private final DocumentNumbers numbers;
    private final Clock clock;

    TransferStock(StockLedger ledger, Stockkeeping stockkeeping, Transfers transfers, DocumentNumbers numbers, Clock clock) {
        this.ledger = ledger;
        this.stockkeeping = stockkeeping;
        this.transfers = transfers;
        this.numbers = numbers;
        this.clock = clock;
    }

    /** Takes the goods out of the source first-expired-first-out, all lines or none; the transfer as stored. */
    public Transfer send(NewTransfer request) {
        var lines = validLines(request);
        var from = stockkeeping.location(request.fromLocationId(), "fromLocationId");
        var to = stockkeeping.location(request.toLocationId(), "toLocationId");
        if (from.locationId().equals(to.locationId())) {
            throw new InvalidInputException("toLocationId", "must differ from the source location");
        }
        if (request.note() != null && request.note().length() > NOTE_MAX) {
            throw new InvalidInputException("note", "has at most " + NOTE_MAX + " characters");
        }
        var number = numbers.next("T", stockkeeping.today().getYear());
        ledger.lockCards(lines.stream().map(ReservationLine::productId).toList());
        var moved = new ArrayList<Transfer.Line>();
        for (var line : lines) {
            for (var taken : stockkeeping.take(line.productId(), from, null, line.quantity(), MovementKind.TRANSFER_OUT, number,
                    null, request.actor())) {
                moved.add(new Transfer.Line(line.productId(), null, null, taken.lot(), taken.bestBefore(), taken.quantity()));
            }
        }
        var transfer = Transfer.sent(UUID.randomUUID(), number, from, to, blankToNull(request.note()), Instant.now(clock),
                request.actor(), moved);
        transfers.add(transfer);
        if (transfer.withinOneWarehouse()) {
            bookIn(transfer, request.actor());
        }
        return transfers.byId(transfer.id()).orElseThrow();
    }

    /** @throws StockStateException when the transfer was received already */
    public Transfer receive(UUID transferId, String actor) {
        bookIn(transfers.lock(transferId).orElseThrow(() -> new NotFoundException("No transfer " + transferId)), actor);
        return transfers.byId(transferId).orElseThrow();
    }

    @Transactional(readOnly = true)
    public Optional<Transfer> transfer(UUID transferId) {
        return transfers.byId(transferId);
    }

    /** Newest first, at most 200; {@code state} null for all. */
    @Transactional(readOnly = true)
    public List<Transfer> transfers(Transfer.State state) {
        return transfers.list(state, LIST_LIMIT);
    }

    /** The transfer (locked, or just added) is received: its lines come in at the destination. */
    private void bookIn(Transfer transfer, String actor) {
        var received = transfer.received(actor, Instant.now(clock));
        ledger.lockCards(transfer.lines().stream().map(Transfer.Line::productId).toList());
        for (var line : transfer.lines()) {
            stockkeeping.put(new StockLedger.Posting(line.productId(), transfer.toLocationId(), line.lot(), line.bestBefore(),
                    line.quantity(), MovementKind.TRANSFER_IN, transfer.number(), null, actor), "lines");
        }
        transfers.changed(received);
    }

    private static List<ReservationLine> validLines(NewTransfer request) {
        if (request.lines() == null || request.lines().isEmpty() || request.lines().size() > MAX_LINES) {
            throw new InvalidInputException("lines", "must hold 1 to " + MAX_LINES + " lines");
        }
        for (int i = 0; i < request.lines().size(); i++) {
            var line = request.lines().get(i);
            if (line == null || line.productId() == null) {
                throw new InvalidInputException("lines[" + i + "].productId", "names the product to move");
            }
            Receipts.requirePositive(line.quantity(), "lines[" + i + "].quantity");
        }
        return request.lines();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
