package io.elif.purchasing.application;

import io.elif.kernel.Company;
import io.elif.purchasing.domain.PurchaseOrder;
import io.elif.purchasing.domain.Supplier;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/** Draws a purchase order as a PDF file, to send to the supplier. */
public interface OrderPdf {

    byte[] render(OrderDocument document);

    /**
     * Everything a purchase order prints, gathered by {@link PrintPurchaseOrder}.
     *
     * @param moneyScale the decimals amounts are printed with (0 for whole ariary)
     * @param zone       the tenant's time zone, in which instants are printed
     */
    record OrderDocument(Company company, PurchaseOrder order, Supplier supplier, int moneyScale, ZoneId zone,
                         Instant printedAt) {

        public OrderDocument {
            Objects.requireNonNull(company, "company");
            Objects.requireNonNull(order, "order");
            Objects.requireNonNull(supplier, "supplier");
        }
    }
}
