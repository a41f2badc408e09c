package io.elif.inventory;

/** OUT: nothing on hand; LOW: some, but under the product's minimum; OK otherwise. */
public enum StockStatus {
    OK, LOW, OUT;

    public static StockStatus of(long onHand, long minimumStock) {
        if (onHand <= 0) {
            return OUT;
        }
        return onHand < minimumStock ? LOW : OK;
    }
}
