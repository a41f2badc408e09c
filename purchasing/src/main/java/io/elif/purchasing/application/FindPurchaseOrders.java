package io.elif.purchasing.application;

import io.elif.kernel.NotFoundException;
import io.elif.purchasing.domain.PurchaseOrder;
import io.elif.purchasing.domain.Supplier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.UUID;

/** Purchase orders as read; nothing here writes. */
@Service
@Transactional(readOnly = true)
public class FindPurchaseOrders {

    private final PurchaseOrders orders;
    private final Suppliers suppliers;

    FindPurchaseOrders(PurchaseOrders orders, Suppliers suppliers) {
        this.orders = orders;
        this.suppliers = suppliers;
    }

    /** @throws NotFoundException for an unknown id (or another tenant's) */
    public OrderView byId(UUID id) {
        var order = orders.find(id).orElseThrow(() -> new NotFoundException("purchase order", id));
        return new OrderView(order, suppliers.find(order.supplierId()).orElseThrow());
    }

    public OrderPage search(OrderSearch search) {
        return orders.search(search);
    }

    /** An order with its supplier, as a buyer or a storekeeper reads it. */
    public record OrderView(PurchaseOrder order, Supplier supplier) {
    }
}
