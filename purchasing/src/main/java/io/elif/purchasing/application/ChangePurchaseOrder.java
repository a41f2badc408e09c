package io.elif.purchasing.application;

import io.elif.kernel.NotFoundException;
import io.elif.purchasing.domain.PurchaseOrder;
import io.elif.purchasing.domain.Stamp;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * A purchase order's lines and transitions. Each locks the order's row first, so a retried or concurrent call waits,
 * then finds the state it asked for and changes nothing; the aggregate decides.
 */
@Service
@Transactional
public class ChangePurchaseOrder {

    private final PurchaseOrders orders;
    private final Suppliers suppliers;
    private final OrderPricing pricing;
    private final Clock clock;

    ChangePurchaseOrder(PurchaseOrders orders, Suppliers suppliers, OrderPricing pricing, Clock clock) {
        this.orders = orders;
        this.suppliers = suppliers;
        this.pricing = pricing;
        this.clock = clock;
    }

    /** A draft's lines replaced; checked as at creation. */
    public PurchaseOrder replaceLines(UUID id, List<OrderLineRequest> lines) {
        var current = orders.find(id).orElseThrow(() -> notFound(id));
        var supplier = suppliers.find(current.supplierId()).orElseThrow();
        var priced = pricing.lines(supplier, lines);
        return change(id, order -> order.withLines(priced));
    }

    public PurchaseOrder send(UUID id, String actor) {
        return change(id, order -> order.send(stamp(actor)));
    }

    public PurchaseOrder confirm(UUID id, String actor) {
        return change(id, order -> order.confirm(stamp(actor)));
    }

    public PurchaseOrder cancel(UUID id, String actor) {
        return change(id, order -> order.cancel(stamp(actor)));
    }

    public PurchaseOrder close(UUID id, String reason, String actor) {
        return change(id, order -> order.close(reason, stamp(actor)));
    }

    private PurchaseOrder change(UUID id, UnaryOperator<PurchaseOrder> transition) {
        var order = orders.lock(id).orElseThrow(() -> notFound(id));
        var changed = transition.apply(order);
        if (!changed.equals(order)) {
            orders.changed(changed);
        }
        return changed;
    }

    private Stamp stamp(String actor) {
        return new Stamp(actor, clock.instant());
    }

    private static NotFoundException notFound(UUID id) {
        return new NotFoundException("purchase order", id);
    }
}
