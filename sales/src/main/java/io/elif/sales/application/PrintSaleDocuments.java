package io.elif.sales.application;

import io.elif.catalog.Catalog;
import io.elif.kernel.NotFoundException;
import io.elif.kernel.Company;
import io.elif.kernel.CurrentCompany;
import io.elif.sales.SaleStateException;
import io.elif.kernel.MoneyUnit;
import io.elif.sales.domain.Sale;
import io.elif.sales.domain.SaleDocumentKind;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.UUID;

/**
 * What a sale prints: its A4 document (the invoice of a completed sale, the pro forma invoice of a confirmed order,
 * the quotation of a draft: {@link SaleDocumentKind}) and what its till receipt shows, each with the tenant's
 * letterhead, the customer and the money unit. Nothing here writes.
 */
@Service
@Transactional(readOnly = true)
public class PrintSaleDocuments {

    private final Sales sales;
    private final Customers customers;
    private final Catalog catalog;
    private final CurrentCompany company;
    private final InvoicePdf pdf;
    private final Payments payments;
    private final Clock clock;

    PrintSaleDocuments(Sales sales, Customers customers, Catalog catalog, CurrentCompany company, InvoicePdf pdf,
                       Payments payments, Clock clock) {
        this.sales = sales;
        this.customers = customers;
        this.catalog = catalog;
        this.company = company;
        this.pdf = pdf;
        this.payments = payments;
        this.clock = clock;
    }

    /** A PDF file and what to call it. */
    public record SaleDocument(String fileName, byte[] pdf) {
    }

    /**
     * What a receipt prints beside the sale: who sold (the letterhead), to whom, and in what money.
     *
     * @param moneyScale the decimals amounts are shown with (0 for whole ariary)
     */
    public record SaleReceipt(Sale sale, CustomerView customer, Company company, String currency, int moneyScale) {
    }

    /**
     * @throws NotFoundException  for an unknown sale (or another tenant's)
     * @throws SaleStateException for a cancelled sale
     */
    public SaleDocument invoice(UUID saleId) {
        var receipt = receipt(saleId);
        var sale = receipt.sale();
        var customer = receipt.customer();
        var invoice = new InvoicePdf.Invoice(SaleDocumentKind.of(sale), receipt.company(), sale,
                new InvoicePdf.Customer(customer.code(), customer.name(), customer.address(), customer.phone(),
                        customer.walkIn()),
                receipt.currency(), new MoneyUnit(receipt.moneyScale()), clock.getZone(), clock.instant(),
                settlement(saleId));
        return new SaleDocument(sale.number() + ".pdf", pdf.render(invoice));
    }

    /** A completed sale's payments and what it still owes; null before completion (nothing is owed yet). */
    private InvoicePdf.Settlement settlement(UUID saleId) {
        return payments.ofSale(saleId).filter(money -> money.owed() != null)
                .map(money -> new InvoicePdf.Settlement(money.payments().stream()
                        .map(line -> new InvoicePdf.Payment(line.method().name(), line.amount(), line.tendered(),
                                line.change(), line.reference())).toList(), money.paid(), money.owed(), money.dueDate()))
                .orElse(null);
    }

    /** @throws NotFoundException for an unknown sale (or another tenant's) */
    public SaleReceipt receipt(UUID saleId) {
        var sale = sales.byId(saleId).orElseThrow(() -> new NotFoundException("sale", saleId));
        var customer = customers.view(sale.customerId())
                .orElseThrow(() -> new NotFoundException("customer", sale.customerId()));
        var settings = catalog.settings();
        return new SaleReceipt(sale, customer, company.company(), settings.currency(), settings.moneyScale());
    }
}
