package io.elif.catalog.domain;

import io.elif.catalog.PriceLevel;
import io.elif.catalog.application.PriceChange;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Which price of a history holds on a date: per level, the one with the latest validFrom on or before the date,
 * and of those the one recorded last. Future prices wait for their day.
 */
public final class PriceHistory {

    private static final Comparator<PriceChange> NEWEST_FIRST = Comparator.comparing(PriceChange::validFrom)
            .thenComparing(PriceChange::recordedAt).reversed();

    private PriceHistory() {
    }

    /** The prices of the base unit (packId null) or of one pack on the date, by level. */
    public static Map<PriceLevel, BigDecimal> current(Collection<PriceChange> history, UUID packId, LocalDate date) {
        var prices = new EnumMap<PriceLevel, BigDecimal>(PriceLevel.class);
        history.stream()
                .filter(change -> Objects.equals(change.packId(), packId) && !change.validFrom().isAfter(date))
                .sorted(NEWEST_FIRST)
                .forEach(change -> prices.putIfAbsent(change.level(), change.amount()));
        return prices;
    }
}
