package io.elif.reporting.adapter.spring;

import io.elif.catalog.ProductChanged;
import io.elif.catalog.ProductCreated;
import io.elif.reporting.application.RecordSales;
import io.elif.sales.ContainersReturned;
import io.elif.sales.PaymentReceived;
import io.elif.sales.ReturnAccepted;
import io.elif.sales.SaleCompleted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Feeds the read models from the events of sales and the catalogue, after their transaction committed and in a
 * transaction of its own. Delivery is at least once; {@link RecordSales} counts each event once.
 */
@Component
class SalesEventListener {

    private final RecordSales recordSales;

    SalesEventListener(RecordSales recordSales) {
        this.recordSales = recordSales;
    }

    @ApplicationModuleListener
    void on(SaleCompleted event) {
        recordSales.completed(event);
    }

    @ApplicationModuleListener
    void on(ReturnAccepted event) {
        recordSales.returned(event);
    }

    @ApplicationModuleListener
    void on(PaymentReceived event) {
        recordSales.paid(event);
    }

    @ApplicationModuleListener
    void on(ContainersReturned event) {
        recordSales.containersReturned(event);
    }

    @ApplicationModuleListener
    void on(ProductCreated event) {
        recordSales.described(event.productId(), event.sku(), event.name(), event.categoryId());
    }

    @ApplicationModuleListener
    void on(ProductChanged event) {
        recordSales.described(event.productId(), event.sku(), event.name(), event.categoryId());
    }
}
