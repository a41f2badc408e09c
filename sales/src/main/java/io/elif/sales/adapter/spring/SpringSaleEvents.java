package io.elif.sales.adapter.spring;

import io.elif.sales.ContainersReturned;
import io.elif.sales.PaymentReceived;
import io.elif.sales.ReturnAccepted;
import io.elif.sales.SaleCancelled;
import io.elif.sales.SaleCompleted;
import io.elif.sales.application.SaleEvents;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** The sales' events on the application's event publisher (recorded in the publication registry, sent after commit). */
@Component
class SpringSaleEvents implements SaleEvents {

    private final ApplicationEventPublisher publisher;

    SpringSaleEvents(ApplicationEventPublisher publisher) {
        this.publisher = publisher;
    }

    @Override
    public void saleCompleted(SaleCompleted event) {
        publisher.publishEvent(event);
    }

    @Override
    public void saleCancelled(SaleCancelled event) {
        publisher.publishEvent(event);
    }

    @Override
    public void containersReturned(ContainersReturned event) {
        publisher.publishEvent(event);
    }

    @Override
    public void paymentReceived(PaymentReceived event) {
        publisher.publishEvent(event);
    }

    @Override
    public void returnAccepted(ReturnAccepted event) {
        publisher.publishEvent(event);
    }
}
