package io.elif.catalog.domain;

import io.elif.kernel.InvalidInputException;
import io.elif.catalog.PriceLevel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A price to append to a product's history: for its base unit (packId null) or a pack, valid from a date on. */
public record PriceEntry(UUID packId, PriceLevel level, BigDecimal amount, LocalDate validFrom) {

    /** A new price as asked for; it may start today or later, never in the past. */
    public static PriceEntry of(NewPrice price, LocalDate today) {
        if (price.level() == null) {
            throw new InvalidInputException("level", "must not be null");
        }
        var validFrom = price.validFrom() == null ? today : price.validFrom();
        if (validFrom.isBefore(today)) {
            throw new InvalidInputException("validFrom", "must not be before today (" + today + ")");
        }
        return new PriceEntry(price.packId(), price.level(), Money.amount(price.amount(), "amount"), validFrom);
    }

    /** The first prices of a new product (LEVEL_1 required) or pack, valid from today. */
    public static List<PriceEntry> initial(UUID packId, Map<PriceLevel, BigDecimal> prices, boolean levelOneRequired,
                                           LocalDate today) {
        if (levelOneRequired && prices.get(PriceLevel.LEVEL_1) == null) {
            throw new InvalidInputException("prices[LEVEL_1]", "must not be null");
        }
        var entries = new ArrayList<PriceEntry>();
        prices.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(price -> entries.add(new PriceEntry(
                packId, price.getKey(), Money.amount(price.getValue(), "prices[" + price.getKey() + "]"), today)));
        return entries;
    }
}
