package io.elif.purchasing.domain;

import io.elif.kernel.InvalidInputException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.UUID;

/**
 * A line of a purchase order: a whole number of the supplier's packs of one product ({@code packId} null: base units)
 * at a cost per pack excluding tax. Its amount is quantity x cost and its tax amount x rate / 100, each rounded half
 * up to the tenant's money unit; {@code received} counts the packs booked in so far.
 */
public record OrderLine(int lineNo, UUID productId, UUID packId, String sku, String name, int unitsPerPack, int quantity,
                        BigDecimal unitCost, BigDecimal taxRate, BigDecimal amount, BigDecimal tax, int received) {

    public static final int MAX_PACKS = SupplierProduct.MAX_PACKS;
    /** What numeric(15,2) holds: a line's amount, and an order's total. */
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999999.99");

    public OrderLine {
        Objects.requireNonNull(productId, "productId");
        if (quantity < 1 || quantity > MAX_PACKS) {
            throw new InvalidInputException("lines[" + (lineNo - 1) + "].quantity", "must be 1 to " + MAX_PACKS + " packs");
        }
        if (received < 0) {
            throw new IllegalArgumentException("received must not be negative");
        }
    }

    /** A new line, its amount and tax rounded to the money unit ({@code moneyScale} decimals). */
    public static OrderLine priced(int lineNo, UUID productId, UUID packId, String sku, String name, int unitsPerPack,
                                   int quantity, BigDecimal unitCost, BigDecimal taxRate, int moneyScale) {
        var amount = unitCost.multiply(BigDecimal.valueOf(quantity)).setScale(moneyScale, RoundingMode.HALF_UP).setScale(2);
        var tax = amount.multiply(taxRate).divide(BigDecimal.valueOf(100), moneyScale, RoundingMode.HALF_UP).setScale(2);
        if (amount.add(tax).compareTo(MAX_AMOUNT) > 0) {
            throw new InvalidInputException("lines[" + (lineNo - 1) + "].quantity", "the line's amount with tax must be at most "
                    + MAX_AMOUNT.toPlainString());
        }
        return new OrderLine(lineNo, productId, packId, sku, name, unitsPerPack, quantity, unitCost, taxRate, amount, tax, 0);
    }

    /** Packs still to come. */
    public int outstanding() {
        return Math.max(0, quantity - received);
    }

    OrderLine withReceived(int newReceived) {
        return new OrderLine(lineNo, productId, packId, sku, name, unitsPerPack, quantity, unitCost, taxRate, amount, tax,
                newReceived);
    }
}
