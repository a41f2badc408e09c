package io.elif.purchasing.application;

import io.elif.kernel.CurrentCompany;
import io.elif.kernel.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.UUID;

/** A purchase order as the supplier receives it: an A4 PDF with the tenant's letterhead. Nothing here writes. */
@Service
@Transactional(readOnly = true)
public class PrintPurchaseOrder {

    private final PurchaseOrders orders;
    private final Suppliers suppliers;
    private final PurchasedItems items;
    private final CurrentCompany company;
    private final OrderPdf pdf;
    private final Clock clock;

    PrintPurchaseOrder(PurchaseOrders orders, Suppliers suppliers, PurchasedItems items, CurrentCompany company,
                       OrderPdf pdf, Clock clock) {
        this.orders = orders;
        this.suppliers = suppliers;
        this.items = items;
        this.company = company;
        this.pdf = pdf;
        this.clock = clock;
    }

    /** A PDF file and what to call it. */
    public record OrderFile(String fileName, byte[] pdf) {
    }

    /** @throws NotFoundException for an unknown order (or another tenant's) */
    public OrderFile pdf(UUID id) {
        var order = orders.find(id).orElseThrow(() -> new NotFoundException("purchase order", id));
        var supplier = suppliers.find(order.supplierId()).orElseThrow();
        return new OrderFile(order.number() + ".pdf", pdf.render(new OrderPdf.OrderDocument(company.company(), order,
                supplier, items.moneyScale(), clock.getZone(), clock.instant())));
    }
}
