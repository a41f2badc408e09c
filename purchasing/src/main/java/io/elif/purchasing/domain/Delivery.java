package io.elif.purchasing.domain;

import io.elif.kernel.DocumentSeries;
import io.elif.kernel.InvalidInputException;
import io.elif.purchasing.DeliveryStateException;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Goods that arrived from a supplier, against an order or (a manager's) without one. A DRAFT records what the
 * storekeeper counted, line by line; CONFIRMED is final: its goods were booked into stock once and its lines no longer
 * change. A manager's leave to receive more than ordered is kept with the delivery (reason, who).
 */
public record Delivery(UUID id, String number, UUID orderId, UUID supplierId, LocalDate businessDate,
                       String supplierReference, boolean confirmed, List<DeliveryLine> lines, Stamp created,
                       Stamp confirmation, String overrideReason) {

    /** {@code D-2026-000046}, per tenant and calendar year. */
    public static final DocumentSeries NUMBERS = new DocumentSeries("D", "delivery");
    public static final int MAX_LINES = 200;
    public static final int REFERENCE_MAX = 50;
    public static final int REASON_MAX = 200;

    public Delivery {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(supplierId, "supplierId");
        lines = List.copyOf(lines);
        supplierReference = Texts.oneLine(Texts.optional(supplierReference, "supplierReference", REFERENCE_MAX),
                "supplierReference");
    }

    /** A new DRAFT; lines checked (some, not too many, none past its best-before on the business day). */
    public static Delivery draft(UUID id, String number, UUID orderId, UUID supplierId, LocalDate businessDate,
                                 String supplierReference, List<DeliveryLine> lines, Stamp created) {
        checkLines(lines, businessDate);
        return new Delivery(id, number, orderId, supplierId, businessDate, supplierReference, false, lines, created, null,
                null);
    }

    /** The same DRAFT with the lines counted again. */
    public Delivery withLines(List<DeliveryLine> newLines) {
        if (confirmed) {
            throw new DeliveryStateException(number, number + " is confirmed: its goods are in stock and its lines final");
        }
        checkLines(newLines, businessDate);
        return new Delivery(id, number, orderId, supplierId, businessDate, supplierReference, false, newLines, created,
                null, null);
    }

    /**
     * CONFIRMED, with the manager's override reason when one was needed (null otherwise). Confirming a confirmed
     * delivery is not a transition: the caller answers it as it is, booking nothing.
     */
    public Delivery confirm(Stamp stamp, String override) {
        if (confirmed) {
            throw new IllegalStateException(number + " is confirmed already");
        }
        var why = override == null ? null : Texts.oneLine(Texts.required(override, "overrideReason", REASON_MAX), "overrideReason");
        return new Delivery(id, number, orderId, supplierId, businessDate, supplierReference, true, lines, created, stamp,
                why);
    }

    /** Packs received per order line number. */
    public Map<Integer, Integer> packsByOrderLine() {
        var packs = new HashMap<Integer, Integer>();
        for (var line : lines) {
            if (line.orderLineNo() != null) {
                packs.merge(line.orderLineNo(), line.quantity(), Integer::sum);
            }
        }
        return packs;
    }

    private static void checkLines(List<DeliveryLine> lines, LocalDate today) {
        if (lines.isEmpty()) {
            throw new InvalidInputException("lines", "a delivery needs at least one line");
        }
        if (lines.size() > MAX_LINES) {
            throw new InvalidInputException("lines", "at most " + MAX_LINES + " lines");
        }
        lines.forEach(line -> line.checkFresh(today));
    }
}
