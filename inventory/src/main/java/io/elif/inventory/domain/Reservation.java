package io.elif.inventory.domain;

import io.elif.inventory.ReservationLine;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Stock to hold for one order reference. Lines of the same product are merged, and lines are kept in
 * product order: every reservation then locks stock rows in the same order, so concurrent multi-line
 * reservations cannot deadlock.
 */
public record Reservation(String reference, List<ReservationLine> lines) {

    public static final int REFERENCE_MAX = 100;

    public Reservation {
        if (reference == null || reference.isBlank() || reference.length() > REFERENCE_MAX) {
            throw new IllegalArgumentException("a reservation needs a reference of 1 to " + REFERENCE_MAX + " characters");
        }
        if (lines == null || lines.isEmpty()) {
            throw new IllegalArgumentException("a reservation needs at least one line");
        }
        Map<UUID, Long> merged = new TreeMap<>();
        for (var line : lines) {
            if (line == null || line.productId() == null) {
                throw new IllegalArgumentException("every line names a product");
            }
            if (line.quantity() <= 0) {
                throw new IllegalArgumentException("a reserved quantity is positive: " + line.quantity());
            }
            merged.merge(line.productId(), line.quantity(), Math::addExact);
        }
        lines = merged.entrySet().stream()
                .map(entry -> new ReservationLine(entry.getKey(), entry.getValue()))
                .sorted(Comparator.comparing(ReservationLine::productId))
                .toList();
    }
}
