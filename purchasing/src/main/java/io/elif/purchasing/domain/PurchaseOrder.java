package io.elif.purchasing.domain;

import io.elif.kernel.DocumentSeries;
import io.elif.kernel.InvalidInputException;
import io.elif.purchasing.OverDeliveryException;
import io.elif.purchasing.PurchaseOrderStateException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * An order to a supplier and its life: DRAFT (lines may be replaced), SENT, CONFIRMED, then PARTIALLY_RECEIVED and
 * RECEIVED as deliveries are confirmed; CANCELLED while nothing has arrived; CLOSED by hand when the rest will not
 * come. Each transition checks the state and returns the order as it becomes; asking for the state it is in already
 * changes nothing, so a retried click is harmless.
 */
public record PurchaseOrder(UUID id, String number, UUID supplierId, UUID warehouseId, String currency,
                            LocalDate businessDate, LocalDate expectedDate, String notes, PurchaseOrderState state,
                            List<OrderLine> lines, Stamp created, Stamp sent, Stamp confirmed, Stamp ended,
                            String closeReason) {

    /** {@code PO-2026-000045}, per tenant and calendar year of the order's business day. */
    public static final DocumentSeries NUMBERS = new DocumentSeries("PO", "purchase-order");
    public static final int MAX_LINES = 200;
    public static final int NOTES_MAX = 1000;
    public static final int REASON_MAX = 200;

    public PurchaseOrder {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(state, "state");
        lines = List.copyOf(lines);
        notes = Texts.optional(notes, "notes", NOTES_MAX);
    }

    /** A new DRAFT. Lines: at least one, at most {@link #MAX_LINES}, each product's pack once. */
    public static PurchaseOrder draft(UUID id, String number, UUID supplierId, UUID warehouseId, String currency,
                                      LocalDate businessDate, LocalDate expectedDate, String notes, List<OrderLine> lines,
                                      Stamp created) {
        checkLines(lines);
        if (expectedDate != null && expectedDate.isBefore(businessDate)) {
            throw new InvalidInputException("expectedDate", "must not be in the past");
        }
        return new PurchaseOrder(id, number, supplierId, warehouseId, currency, businessDate, expectedDate, notes,
                PurchaseOrderState.DRAFT, lines, created, null, null, null, null);
    }

    /** Checks a document's lines: some, not too many, each product's pack once. */
    public static void checkLines(List<OrderLine> lines) {
        if (lines.isEmpty()) {
            throw new InvalidInputException("lines", "an order needs at least one line");
        }
        if (lines.size() > MAX_LINES) {
            throw new InvalidInputException("lines", "at most " + MAX_LINES + " lines");
        }
        var total = lines.stream().map(line -> line.amount().add(line.tax())).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.compareTo(OrderLine.MAX_AMOUNT) > 0) {
            throw new InvalidInputException("lines", "the order's total must be at most " + OrderLine.MAX_AMOUNT.toPlainString());
        }
        var seen = new HashSet<List<UUID>>();
        for (int i = 0; i < lines.size(); i++) {
            var line = lines.get(i);
            if (!seen.add(java.util.Arrays.asList(line.productId(), line.packId()))) {
                throw new InvalidInputException("lines[" + i + "].packId", "this product's pack is on another line already");
            }
        }
    }

    /** The same DRAFT with other lines. */
    public PurchaseOrder withLines(List<OrderLine> newLines) {
        require(state == PurchaseOrderState.DRAFT, "only a draft's lines may be replaced");
        checkLines(newLines);
        return new PurchaseOrder(id, number, supplierId, warehouseId, currency, businessDate, expectedDate, notes, state,
                newLines, created, sent, confirmed, ended, closeReason);
    }

    /** DRAFT to SENT: it went to the supplier. */
    public PurchaseOrder send(Stamp stamp) {
        if (state == PurchaseOrderState.SENT) {
            return this;
        }
        require(state == PurchaseOrderState.DRAFT, "only a draft is sent");
        return with(PurchaseOrderState.SENT, stamp, confirmed, ended, closeReason);
    }

    /** SENT (or DRAFT, confirmed by phone) to CONFIRMED: the supplier said yes. */
    public PurchaseOrder confirm(Stamp stamp) {
        if (state == PurchaseOrderState.CONFIRMED) {
            return this;
        }
        require(state == PurchaseOrderState.SENT || state == PurchaseOrderState.DRAFT, "only a draft or a sent order is confirmed");
        return with(PurchaseOrderState.CONFIRMED, sent == null ? stamp : sent, stamp, ended, closeReason);
    }

    /** To CANCELLED, while nothing has arrived. */
    public PurchaseOrder cancel(Stamp stamp) {
        if (state == PurchaseOrderState.CANCELLED) {
            return this;
        }
        require(state == PurchaseOrderState.DRAFT || state == PurchaseOrderState.SENT || state == PurchaseOrderState.CONFIRMED,
                "goods have arrived or the order has ended: close it instead");
        return with(PurchaseOrderState.CANCELLED, sent, confirmed, stamp, null);
    }

    /** To CLOSED by hand: the rest will not come (what arrived stays received). */
    public PurchaseOrder close(String reason, Stamp stamp) {
        if (state == PurchaseOrderState.CLOSED) {
            return this;
        }
        var why = Texts.oneLine(Texts.required(reason, "reason", REASON_MAX), "reason");
        require(state.receivable(), "only a sent, confirmed or partly received order is closed");
        return with(PurchaseOrderState.CLOSED, sent, confirmed, stamp, why);
    }

    /**
     * The order after a delivery's packs per line number arrived: PARTIALLY_RECEIVED, or RECEIVED when every line has
     * all it ordered. More than a line still awaits is refused unless {@code overrideAllowed} (a manager's override).
     *
     * @throws OverDeliveryException naming the first line that would receive more than ordered
     */
    public PurchaseOrder received(Map<Integer, Integer> packsByLine, boolean overrideAllowed) {
        require(state.receivable(), "goods are received only against a sent, confirmed or partly received order");
        var newLines = new ArrayList<OrderLine>(lines.size());
        for (var line : lines) {
            var arriving = packsByLine.getOrDefault(line.lineNo(), 0);
            if (!overrideAllowed && arriving > line.outstanding()) {
                throw new OverDeliveryException(number, line.lineNo(), line.sku(), line.quantity(), line.received(), arriving);
            }
            newLines.add(line.withReceived(line.received() + arriving));
        }
        for (var lineNo : packsByLine.keySet()) {
            if (line(lineNo) == null) {
                throw new IllegalArgumentException("no line " + lineNo + " on " + number);
            }
        }
        var all = newLines.stream().allMatch(line -> line.received() >= line.quantity());
        return new PurchaseOrder(id, number, supplierId, warehouseId, currency, businessDate, expectedDate, notes,
                all ? PurchaseOrderState.RECEIVED : PurchaseOrderState.PARTIALLY_RECEIVED, newLines, created, sent,
                confirmed, ended, closeReason);
    }

    /** Whether these packs per line number are more than some line still awaits. */
    public boolean exceeds(Map<Integer, Integer> packsByLine) {
        return lines.stream().anyMatch(line -> packsByLine.getOrDefault(line.lineNo(), 0) > line.outstanding());
    }

    public OrderLine line(int lineNo) {
        return lines.stream().filter(line -> line.lineNo() == lineNo).findFirst().orElse(null);
    }

    /** Net (sum of the rounded line amounts), tax (sum of the rounded line taxes) and total. */
    public Totals totals() {
        var net = lines.stream().map(OrderLine::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        var tax = lines.stream().map(OrderLine::tax).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        return new Totals(net, tax, net.add(tax));
    }

    public record Totals(BigDecimal net, BigDecimal tax, BigDecimal total) {
    }

    private PurchaseOrder with(PurchaseOrderState newState, Stamp newSent, Stamp newConfirmed, Stamp newEnded,
                               String newReason) {
        return new PurchaseOrder(id, number, supplierId, warehouseId, currency, businessDate, expectedDate, notes, newState,
                lines, created, newSent, newConfirmed, newEnded, newReason);
    }

    private void require(boolean allowed, String why) {
        if (!allowed) {
            throw new PurchaseOrderStateException(number, state.name(), number + " is " + state + ": " + why);
        }
    }
}
