package io.elif.inventory.application;

/**
 * OUT: nothing on hand; LOW: some, but under the product's minimum; OK otherwise. Judged on the stock a list
 * shows (the company's, or one warehouse's when filtered by it); the rule is written once, in the stock queries.
 */
public enum StockStatus {
    OK, LOW, OUT
}
