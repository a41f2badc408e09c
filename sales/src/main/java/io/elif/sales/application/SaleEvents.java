package io.elif.sales.application;

import io.elif.sales.ContainersReturned;
import io.elif.sales.PaymentReceived;
import io.elif.sales.ReturnAccepted;
import io.elif.sales.SaleCancelled;
import io.elif.sales.SaleCompleted;

/** Where the sales' facts go; delivered to other modules after the transaction commits. */
public interface SaleEvents {

    void saleCompleted(SaleCompleted event);

    void saleCancelled(SaleCancelled event);

    void containersReturned(ContainersReturned event);
    void paymentReceived(PaymentReceived event);

    void returnAccepted(ReturnAccepted event);
}
