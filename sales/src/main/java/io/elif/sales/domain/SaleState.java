package io.elif.sales.domain;

/** Where a sale stands: a saved cart, a phone order holding stock, sold, or cancelled. */
public enum SaleState {
    /** Saved, reserves nothing; its lines may be replaced. */
    DRAFT,
    /** A phone order: its stock is reserved. */
    CONFIRMED,
    /** Sold: its stock was issued, once. */
    COMPLETED,
    /** Called off before it was completed; a confirmed one's reservation was released. */
    CANCELLED
}
