package io.elif.inventory.domain;

import io.elif.inventory.GoodsReceipt;
import io.elif.kernel.InvalidInputException;
import io.elif.inventory.ReceiptLine;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.regex.Pattern;

/** The rules of goods booked in: whole positive quantities, exact non-negative costs, well-formed lots. */
public final class Receipts {

    public static final int MAX_LINES = 200;
    public static final int REFERENCE_MAX = 100;
    private static final Pattern LOT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{0,39}");
    private static final int COST_DECIMALS = 4;
    /** inventory keeps costs as numeric(19,4) */
    private static final int COST_INTEGER_DIGITS = 15;

    private Receipts() {
    }

    /** The receipt with lots normalised: a best-before date without a lot code gets the lot "BB" + the date. */
    public static GoodsReceipt validated(GoodsReceipt receipt) {
        if (receipt.reference() == null || receipt.reference().isBlank() || receipt.reference().length() > REFERENCE_MAX) {
            throw new InvalidInputException("reference", "is required, at most " + REFERENCE_MAX + " characters");
        }
        if (receipt.lines() == null || receipt.lines().isEmpty() || receipt.lines().size() > MAX_LINES) {
            throw new InvalidInputException("lines", "must hold 1 to " + MAX_LINES + " lines");
        }
        var lines = new ArrayList<ReceiptLine>();
        for (int i = 0; i < receipt.lines().size(); i++) {
            lines.add(validated(receipt.lines().get(i), "lines[" + i + "]."));
        }
        return new GoodsReceipt(receipt.locationId(), receipt.reference().strip(), receipt.actor(), lines);
    }

    private static ReceiptLine validated(ReceiptLine line, String path) {
        if (line == null || line.productId() == null) {
            throw new InvalidInputException(path + "productId", "names the product received");
        }
        if (line.quantity() <= 0) {
            throw new InvalidInputException(path + "quantity", "must be a positive whole number of base units");
        }
        var cost = line.unitCost();
        if (cost != null && (cost.signum() < 0 || cost.stripTrailingZeros().scale() > COST_DECIMALS
                || cost.precision() - cost.scale() > COST_INTEGER_DIGITS)) {
            throw new InvalidInputException(path + "unitCost", "must be zero or more, with at most "
                    + COST_INTEGER_DIGITS + " digits before the decimal point and " + COST_DECIMALS + " after");
        }
        return new ReceiptLine(line.productId(), line.quantity(), cost, lot(line, path), line.bestBefore());
    }

    private static String lot(ReceiptLine line, String path) {
        var lot = line.lot() == null ? "" : line.lot().strip();
        if (lot.isEmpty()) {
            return line.bestBefore() == null ? "" : "BB" + line.bestBefore().format(DateTimeFormatter.BASIC_ISO_DATE);
        }
        if (!LOT.matcher(lot).matches()) {
            throw new InvalidInputException(path + "lot", "has 1 to 40 letters, digits or . _ / -");
        }
        return lot;
    }

    /** Positive whole base units, for the lines of transfers and stocktakes. */
    public static void requirePositive(long quantity, String field) {
        if (quantity <= 0) {
            throw new InvalidInputException(field, "must be a positive whole number of base units");
        }
    }
}
