package io.elif.reporting.application;

import io.elif.catalog.Catalog;
import io.elif.kernel.MoneyUnit;
import io.elif.reporting.domain.ContainerChange;
import io.elif.reporting.domain.DebtChange;
import io.elif.reporting.domain.SaleBook;
import io.elif.sales.ContainersReturned;
import io.elif.sales.PaymentReceived;
import io.elif.sales.ReturnAccepted;
import io.elif.sales.SaleCompleted;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.UUID;

/**
 * Books sales' documents into the read models, each event once: its document id and kind are recorded in the same
 * transaction as what it adds, so a second delivery adds nothing.
 */
@Service
@Transactional
public class RecordSales {

    static final String SALE_COMPLETED = "SaleCompleted";
    static final String RETURN_ACCEPTED = "ReturnAccepted";
    static final String PAYMENT_RECEIVED = "PaymentReceived";
    static final String CONTAINERS_RETURNED = "ContainersReturned";

    private final ReadModels readModels;
    private final Catalog catalog;

    RecordSales(ReadModels readModels, Catalog catalog) {
        this.readModels = readModels;
        this.catalog = catalog;
    }

    /** Books the sale; false when it was booked before (a repeated delivery), which changes nothing. */
    public boolean completed(SaleCompleted sale) {
        if (!readModels.firstDelivery(sale.saleId(), SALE_COMPLETED)) {
            return false;
        }
        readModels.lockSaleKey(sale.saleId());
        var unit = moneyUnit();
        var entry = SaleBook.completed(sale, unit, readModels.categories(sale.lines().stream()
                .map(line -> line.productId()).toList()));
        readModels.keep(entry.sale());
        readModels.add(entry.contributions());
        if (sale.customerId() != null) {
            readModels.keepDebt(sale.saleId(), sale.customerId(), sale.number(), sale.businessDate(),
                    sale.dueDate() == null ? sale.businessDate() : sale.dueDate());
            readModels.changeDebts(DebtChange.of(sale));
            readModels.changeContainers(ContainerChange.of(sale));
        }
        for (var parked : readModels.unparkFor(sale.saleId())) {
            book(parked, unit);
        }
        return true;
    }

    /** A return that overtook its sale (delivery is asynchronous) waits, parked, and is booked with the sale. */
    public void returned(ReturnAccepted accepted) {
        if (!readModels.firstDelivery(accepted.returnId(), RETURN_ACCEPTED)) {
            return;
        }
        readModels.changeDebts(DebtChange.of(accepted));
        readModels.changeContainers(ContainerChange.of(accepted));
        readModels.lockSaleKey(accepted.saleId());
        if (readModels.lockSale(accepted.saleId()).isEmpty()) {
            readModels.park(accepted);
            return;
        }
        book(accepted, moneyUnit());
    }

    private void book(ReturnAccepted accepted, MoneyUnit unit) {
        var sale = readModels.lockSale(accepted.saleId()).orElseThrow();
        var reversal = SaleBook.returned(accepted, sale, unit);
        readModels.returned(sale.saleId(), reversal.products());
        readModels.add(reversal.contributions());
    }

    public void paid(PaymentReceived payment) {
        if (!readModels.firstDelivery(payment.paymentId(), PAYMENT_RECEIVED)) {
            return;
        }
        readModels.addPayment(payment.businessDate(), payment.method(), payment.takenBy(), payment.amount());
        readModels.add(List.of(SaleBook.paid(payment)));
        readModels.changeDebts(DebtChange.of(payment));
    }

    /** Empties a customer brought back: the containers they hold fall. */
    public void containersReturned(ContainersReturned returned) {
        if (!readModels.firstDelivery(returned.returnId(), CONTAINERS_RETURNED)) {
            return;
        }
        readModels.changeContainers(ContainerChange.of(returned));
    }

    /** A product's SKU and name, from the catalogue's events (replacing is idempotent by itself). */
    public void described(UUID productId, String sku, String name, UUID categoryId) {
        readModels.describe(productId, sku, name, categoryId);
    }

    private MoneyUnit moneyUnit() {
        return new MoneyUnit(catalog.settings().moneyScale());
    }
}
