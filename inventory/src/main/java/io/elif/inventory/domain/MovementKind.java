package io.elif.inventory.domain;

/** What a line of the stock ledger records. */
public enum MovementKind {
    RECEIPT, ISSUE, CUSTOMER_RETURN, ADJUSTMENT, TRANSFER_OUT, TRANSFER_IN, STOCKTAKE, BREAK_BULK_OUT, BREAK_BULK_IN
}
