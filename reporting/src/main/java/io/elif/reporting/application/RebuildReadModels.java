package io.elif.reporting.application;

import io.elif.catalog.ProductChanged;
import io.elif.catalog.ProductCreated;
import io.elif.reporting.EventHistory;
import io.elif.sales.ContainersReturned;
import io.elif.sales.PaymentReceived;
import io.elif.sales.ReturnAccepted;
import io.elif.sales.SaleCompleted;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rebuilds a tenant's read models from the events they were fed, in the order they were published, through the same
 * bookkeeping as the listeners ({@link RecordSales}). One transaction: the tables are emptied (their lock holds the
 * listeners back until the commit, and an event they bring after it is found taken) and refilled, so readers see
 * the old figures or the new ones, never half.
 */
@Service
@Transactional
public class RebuildReadModels {

    private final ReadModels readModels;
    private final RecordSales recordSales;
    private final EventHistory history;

    RebuildReadModels(ReadModels readModels, RecordSales recordSales, EventHistory history) {
        this.readModels = readModels;
        this.recordSales = recordSales;
        this.history = history;
    }

    public Rebuilt rebuild() {
        readModels.clear();
        var counts = new int[4];
        history.replay(event -> {
            switch (event) {
                case SaleCompleted sale -> {
                    recordSales.completed(sale);
                    counts[0]++;
                }
                case ReturnAccepted accepted -> {
                    recordSales.returned(accepted);
                    counts[1]++;
                }
                case ContainersReturned returned -> recordSales.containersReturned(returned);
                case PaymentReceived payment -> {
                    recordSales.paid(payment);
                    counts[2]++;
                }
                case ProductCreated product -> {
                    recordSales.described(product.productId(), product.sku(), product.name(), product.categoryId());
                    counts[3]++;
                }
                case ProductChanged product -> {
                    recordSales.described(product.productId(), product.sku(), product.name(), product.categoryId());
                    counts[3]++;
                }
                default -> {
                    // an event reporting does not book
                }
            }
        });
        return new Rebuilt(counts[0], counts[1], counts[2], counts[3]);
    }
}
