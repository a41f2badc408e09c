package io.elif.sales.domain;

/** How a customer pays. Mobile money needs the operator's transaction reference; cash may be more than owed (change). */
public enum PaymentMethod {
    CASH,
    CARD,
    MOBILE_MONEY,
    BANK_TRANSFER
}
