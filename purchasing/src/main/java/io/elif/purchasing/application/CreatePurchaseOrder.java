package io.elif.purchasing.application;

import io.elif.inventory.Inventory;
import io.elif.kernel.InvalidInputException;
import io.elif.kernel.NumberSeries;
import io.elif.purchasing.domain.PurchaseOrder;
import io.elif.purchasing.domain.Stamp;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A new purchase order, as a DRAFT. Everything is checked (supplier, products, packs, quantities, costs) before the
 * number is taken: the number's row lock is held from there to the commit, so concurrent creations get consecutive
 * numbers, and a refused order takes none.
 */
@Service
@Transactional
public class CreatePurchaseOrder {

    private final PurchaseOrders orders;
    private final Suppliers suppliers;
    private final OrderPricing pricing;
    private final NumberSeries numbers;
    private final Inventory inventory;
    private final Clock clock;

    CreatePurchaseOrder(PurchaseOrders orders, Suppliers suppliers, OrderPricing pricing, NumberSeries numbers,
                        Inventory inventory, Clock clock) {
        this.orders = orders;
        this.suppliers = suppliers;
        this.pricing = pricing;
        this.numbers = numbers;
        this.inventory = inventory;
        this.clock = clock;
    }

    /** The new order with its supplier, read in the same transaction (one connection per creation). */
    public FindPurchaseOrders.OrderView create(NewOrder order, String actor) {
        var supplier = suppliers.find(order.supplierId())
                .orElseThrow(() -> new InvalidInputException("supplierId", "no such supplier"));
        AdministerSuppliers.requireActive(supplier, "supplierId");
        if (order.warehouseId() != null && inventory.warehouses().stream()
                .noneMatch(warehouse -> warehouse.active() && warehouse.id().equals(order.warehouseId()))) {
            throw new InvalidInputException("warehouseId", "no such active warehouse");
        }
        var lines = pricing.lines(supplier, order.lines());
        var today = LocalDate.now(clock);
        var draft = PurchaseOrder.draft(UUID.randomUUID(), "pending", supplier.id(), order.warehouseId(),
                supplier.currency(), today, order.expectedDate(), order.notes(), lines, new Stamp(actor, clock.instant()));
        var numbered = new PurchaseOrder(draft.id(), PurchaseOrder.NUMBERS.next(numbers, today.getYear()),
                draft.supplierId(), draft.warehouseId(), draft.currency(), draft.businessDate(), draft.expectedDate(),
                draft.notes(), draft.state(), draft.lines(), draft.created(), null, null, null, null);
        orders.add(numbered);
        return new FindPurchaseOrders.OrderView(numbered, supplier);
    }

    /** What a buyer sends to create an order; warehouse null: the default one. */
    public record NewOrder(UUID supplierId, UUID warehouseId, LocalDate expectedDate, String notes,
                           List<OrderLineRequest> lines) {
    }
}
