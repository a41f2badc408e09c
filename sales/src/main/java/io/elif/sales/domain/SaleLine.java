package io.elif.sales.domain;

import io.elif.kernel.MoneyUnit;
import io.elif.catalog.PriceLevel;
import io.elif.catalog.SaleItem;
import io.elif.kernel.InvalidInputException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A line of a sale: a number of packs (or base units) of a product, priced by the server from the catalogue at the
 * customer's level, or by a manager's override recorded beside the catalogue's price.
 *
 * @param packId       null for the base unit
 * @param unitsPerPack 1 for the base unit
 * @param baseUnits    quantity times units per pack: what the line takes from the stock
 * @param unitPrice    the price of one pack (or base unit), tax included
 * @param catalogPrice the catalogue's price at the level on the sale's date
 * @param amount       quantity times unit price, rounded to the money unit, half up
 * @param tax          the tax the amount includes: {@code amount x rate / (100 + rate)}, rounded the same way
 * @param override     null unless a manager set the price
 * @param loads        the returnable containers one pack (or base unit) carried when it was sold
 */
public record SaleLine(UUID productId, UUID packId, String sku, String name, int quantity, int unitsPerPack,
                       long baseUnits, BigDecimal unitPrice, BigDecimal catalogPrice, BigDecimal taxRate,
                       BigDecimal amount, BigDecimal tax, PriceOverride override, List<Load> loads) {

    public static final int MAX_QUANTITY = 100_000;
    public static final int REASON_MAX = 200;
    /** numeric(15,2): at most 13 digits before the point; a line's amount and a sale's total. */
    static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999999.99");

    public SaleLine {
        Objects.requireNonNull(productId, "productId");
        loads = List.copyOf(loads);
        if (quantity < 1 || quantity > MAX_QUANTITY) {
            throw new IllegalArgumentException("quantity out of range");
        }
        if (baseUnits != (long) quantity * unitsPerPack) {
            throw new IllegalArgumentException("base units must be quantity x units per pack");
        }
    }

    /** Who prices a sale's lines, and with what: the level, the money unit, whether the caller is a manager. */
    public record Pricing(PriceLevel level, MoneyUnit unit, boolean byManager, String actor, Instant at) {
    }

    /**
     * Prices the request's line {@code index} from the catalogue's item (null when the catalogue knows no such
     * product). Refused, naming {@code lines[index].<field>}: an unknown product, a pack that is not the product's,
     * an inactive product, a category not sold at the desk, no price at the level, a price or discount sent by
     * someone who is not a manager, an override without a reason.
     */
    public static SaleLine priced(int index, LineRequest request, SaleItem item, Pricing pricing) {
        var at = "lines[" + index + "].";
        if (request.quantity() < 1 || request.quantity() > MAX_QUANTITY) {
            throw new InvalidInputException(at + "quantity", "must be 1 to " + MAX_QUANTITY + " packs");
        }
        if (!pricing.byManager()) {
            if (request.unitPrice() != null) {
                throw new InvalidInputException(at + "unitPrice", "only a manager sets a line's price");
            }
            if (request.discount() != null) {
                throw new InvalidInputException(at + "discount", "only a manager gives a discount");
            }
            if (request.priceReason() != null) {
                throw new InvalidInputException(at + "priceReason", "only a manager sets a line's price");
            }
        }
        if (item == null) {
            throw new InvalidInputException(at + "productId", "no such product in the catalogue");
        }
        if (!item.packOfProduct()) {
            throw new InvalidInputException(at + "packId", "not a pack of this product");
        }
        if (!item.active()) {
            throw new InvalidInputException(at + "productId", item.name() + " (" + item.sku() + ") is inactive");
        }
        if (!item.sellable()) {
            throw new InvalidInputException(at + "productId",
                    item.name() + " (" + item.sku() + ") is in a category not sold at the desk");
        }
        var catalogPrice = item.price();
        if (catalogPrice == null) {
            throw new InvalidInputException(at + (request.packId() == null ? "productId" : "packId"),
                    item.name() + " (" + item.sku() + ") has no " + pricing.level() + " price "
                            + (request.packId() == null ? "per unit" : "for this pack"));
        }
        var unitPrice = catalogPrice;
        PriceOverride override = null;
        if (request.unitPrice() != null || request.discount() != null) {
            if (request.unitPrice() != null && request.discount() != null) {
                throw new InvalidInputException(at + "discount", "send either a unit price or a discount, not both");
            }
            var reason = request.priceReason() == null ? "" : request.priceReason().strip();
            if (reason.isEmpty() || reason.length() > REASON_MAX) {
                throw new InvalidInputException(at + "priceReason",
                        "a price set by hand needs a reason of 1 to " + REASON_MAX + " characters");
            }
            unitPrice = request.unitPrice() != null ? money(request.unitPrice(), at + "unitPrice")
                    : discounted(catalogPrice, request.discount(), at + "discount", pricing.unit());
            override = new PriceOverride(reason, pricing.actor(), pricing.at());
        } else if (request.priceReason() != null) {
            throw new InvalidInputException(at + "priceReason", "a reason goes with a unit price or a discount");
        }
        var amount = pricing.unit().round(unitPrice.multiply(BigDecimal.valueOf(request.quantity())));
        if (amount.compareTo(MAX_AMOUNT) > 0) {
            throw new InvalidInputException(at + "quantity", "the line's amount is too large");
        }
        return new SaleLine(item.productId(), item.packId(), item.sku(), item.name(), request.quantity(),
                item.unitsPerPack(), (long) request.quantity() * item.unitsPerPack(), unitPrice, catalogPrice,
                item.taxRate(), amount, pricing.unit().taxIncluded(amount, item.taxRate()), override,
                item.containers().stream().map(load -> new Load(load.containerTypeId(), load.quantity())).toList());
    }

    /** The same line beside another catalogue price (a manager's price kept at another level). */
    SaleLine withCatalogPrice(BigDecimal newCatalogPrice) {
        return new SaleLine(productId, packId, sku, name, quantity, unitsPerPack, baseUnits, unitPrice, newCatalogPrice,
                taxRate, amount, tax, override, loads);
    }

    /** How many containers of one type a pack (or base unit) carries. */
    public record Load(UUID containerTypeId, int perPack) {

        public Load {
            Objects.requireNonNull(containerTypeId, "containerTypeId");
            if (perPack < 1) {
                throw new IllegalArgumentException("a load carries at least one container");
            }
        }
    }

    private static BigDecimal money(BigDecimal value, String field) {
        if (value.signum() < 0) {
            throw new InvalidInputException(field, "must not be negative");
        }
        if (value.stripTrailingZeros().scale() > MoneyUnit.STORED_SCALE || value.compareTo(MAX_AMOUNT) > 0) {
            throw new InvalidInputException(field, "must have at most 13 digits before the decimal point and 2 after");
        }
        return value.setScale(MoneyUnit.STORED_SCALE, RoundingMode.UNNECESSARY);
    }

    /** The catalogue's price less a percentage (0 to 100), rounded to the money unit. */
    private static BigDecimal discounted(BigDecimal price, BigDecimal percent, String field, MoneyUnit unit) {
        if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0
                || percent.stripTrailingZeros().scale() > 2) {
            throw new InvalidInputException(field, "must be a percentage from 0 to 100 with at most 2 decimals");
        }
        var factor = BigDecimal.valueOf(100).subtract(percent);
        return unit.round(price.multiply(factor).divide(BigDecimal.valueOf(100), 10, RoundingMode.HALF_UP));
    }
}
