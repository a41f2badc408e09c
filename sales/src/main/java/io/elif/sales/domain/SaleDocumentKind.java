package io.elif.sales.domain;

import io.elif.sales.SaleStateException;

/**
 * What a sale's printed document is, by the sale's state: a draft's is a quotation (prices as of its date, nothing
 * reserved), a confirmed order's a pro forma invoice (what the customer will be asked for on delivery), a completed
 * sale's the invoice. A cancelled sale has none.
 */
public enum SaleDocumentKind {
    QUOTATION("Quotation"),
    PRO_FORMA("Pro forma invoice"),
    INVOICE("Invoice");

    private final String title;

    SaleDocumentKind(String title) {
        this.title = title;
    }

    /** The document's title as printed. */
    public String title() {
        return title;
    }

    /** Only the invoice of a completed sale is one: the others say they are not. */
    public boolean isInvoice() {
        return this == INVOICE;
    }

    /** @throws SaleStateException for a cancelled sale, which has no document to print */
    public static SaleDocumentKind of(Sale sale) {
        return switch (sale.state()) {
            case DRAFT -> QUOTATION;
            case CONFIRMED -> PRO_FORMA;
            case COMPLETED -> INVOICE;
            case CANCELLED -> throw new SaleStateException("Sale " + sale.number() + " is cancelled: it has no invoice");
        };
    }
}
