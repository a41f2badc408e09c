package io.elif.purchasing.domain;

/**
 * Where a purchase order stands. DRAFT is the buyer's; SENT went to the supplier; CONFIRMED is the supplier's yes;
 * PARTIALLY_RECEIVED and RECEIVED follow deliveries; CANCELLED ends an order nothing arrived for; CLOSED ends one by
 * hand when the rest will not come.
 */
public enum PurchaseOrderState {
    DRAFT, SENT, CONFIRMED, PARTIALLY_RECEIVED, RECEIVED, CANCELLED, CLOSED;

    /** Goods may arrive against it. */
    public boolean receivable() {
        return this == SENT || this == CONFIRMED || this == PARTIALLY_RECEIVED;
    }

    /** Still waiting for goods: what is ordered and not received is on order. */
    public boolean open() {
        return this == DRAFT || receivable();
    }
}
