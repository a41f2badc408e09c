package io.elif.sales.application;

import io.elif.kernel.Company;
import io.elif.kernel.MoneyUnit;
import io.elif.sales.domain.Sale;
import io.elif.sales.domain.SaleDocumentKind;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/** Draws a sale's invoice (or quotation, or pro forma invoice) as a PDF file. */
public interface InvoicePdf {

    byte[] render(Invoice invoice);

    /**
     * Everything an invoice prints, gathered by {@link PrintSaleDocuments}.
     *
     * @param currency   ISO 4217 code of every amount
     * @param unit       the tenant's money unit: amounts are printed with its decimals (none for MGA)
     * @param zone       the tenant's time zone, in which instants are printed
     * @param settlement the payments and what is still owed; null while the sale has no payments to tell
     */
    record Invoice(SaleDocumentKind kind, Company company, Sale sale, Customer customer, String currency,
                   MoneyUnit unit, ZoneId zone, Instant printedAt, Settlement settlement) {

        public Invoice {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(company, "company");
            Objects.requireNonNull(sale, "sale");
            Objects.requireNonNull(customer, "customer");
        }
    }

    /** The customer as the invoice names it (the walk-in customer is printed without contact details). */
    record Customer(String code, String name, String address, String phone, boolean walkIn) {
    }

    /** What was paid, how, and what is still owed by when. */
    record Settlement(List<Payment> payments, BigDecimal paid, BigDecimal owed, LocalDate dueDate) {

        public Settlement {
            payments = List.copyOf(payments);
        }
    }

    /**
     * @param tendered what the customer handed over (cash), null otherwise
     * @param change   what was given back, null when nothing
     */
    record Payment(String method, BigDecimal amount, BigDecimal tendered, BigDecimal change, String reference) {
    }
}
