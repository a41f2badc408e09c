package io.elif.purchasing.domain;

import io.elif.kernel.InvalidInputException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * What arrived of one product's pack: a whole number of packs ({@code packId} null: base units), at the order line's
 * cost per pack excluding tax, with its lot and best-before date when the goods carry them, the storekeeper's notes on
 * their condition and where they were put ({@code locationId} null: the warehouse's default location).
 *
 * @param orderLineNo the order line it receives; null on a delivery without an order
 */
public record DeliveryLine(int lineNo, Integer orderLineNo, UUID productId, UUID packId, String sku, String name,
                           int unitsPerPack, int quantity, BigDecimal unitCost, String lot, LocalDate bestBefore,
                           String condition, UUID locationId) {

    public static final int LOT_MAX = 50;
    public static final int CONDITION_MAX = 500;

    public DeliveryLine {
        Objects.requireNonNull(productId, "productId");
        var path = "lines[" + (lineNo - 1) + "].";
        if (quantity < 1 || quantity > OrderLine.MAX_PACKS) {
            throw new InvalidInputException(path + "quantity", "must be 1 to " + OrderLine.MAX_PACKS + " packs");
        }
        unitCost = UnitCosts.checked(unitCost, path + "unitCost");
        if (unitCost == null) {
            throw new InvalidInputException(path + "unitCost", "must not be null");
        }
        lot = Texts.oneLine(Texts.optional(lot, path + "lot", LOT_MAX), path + "lot");
        condition = Texts.optional(condition, path + "condition", CONDITION_MAX);
    }

    /** Base units booked into stock. */
    public long baseUnits() {
        return (long) quantity * unitsPerPack;
    }

    /** The cost of one base unit as inventory keeps costs: per pack / units per pack, four decimals, half up. */
    public BigDecimal baseUnitCost() {
        return unitCost.divide(BigDecimal.valueOf(unitsPerPack), UnitCosts.DECIMALS, RoundingMode.HALF_UP);
    }

    /** Packs x cost, rounded to the money unit. */
    public BigDecimal amount(int moneyScale) {
        return unitCost.multiply(BigDecimal.valueOf(quantity)).setScale(moneyScale, RoundingMode.HALF_UP).setScale(2);
    }

    /** Refuses goods already past their best-before date on the business day. */
    void checkFresh(LocalDate today) {
        if (bestBefore != null && bestBefore.isBefore(today)) {
            throw new InvalidInputException("lines[" + (lineNo - 1) + "].bestBefore", "is past: expired goods are not received");
        }
    }
}
