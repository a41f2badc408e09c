package io.elif.purchasing.application;

import io.elif.catalog.ItemRef;
import io.elif.inventory.GoodsReceipt;
import io.elif.inventory.Inventory;
import io.elif.inventory.ReceiptLine;
import io.elif.inventory.Warehouse;
import io.elif.kernel.InvalidInputException;
import io.elif.kernel.NotFoundException;
import io.elif.kernel.NumberSeries;
import io.elif.purchasing.GoodsReceived;
import io.elif.purchasing.PurchaseOrderStateException;
import io.elif.purchasing.domain.Delivery;
import io.elif.purchasing.domain.DeliveryLine;
import io.elif.purchasing.domain.PurchaseOrder;
import io.elif.purchasing.domain.Stamp;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;

/**
 * Goods received: a storekeeper records a delivery against an order (a manager also without one), then confirms it,
 * which books the goods into stock through inventory at the order's costs (so the moving average cost moves), moves the
 * order to PARTIALLY_RECEIVED or RECEIVED, keeps the supplier's last cost and the supplier's containers the packs
 * brought (what we hold of theirs, decision 87) and publishes {@link GoodsReceived}, in one transaction.
 * <p>
 * <b>Lock order</b> of a confirmation: the delivery's row, then its order's row ({@code select ... for update}), then
 * the products' stock cards (inventory locks them in id order), then the supplier's offers (an update). A repeated or
 * concurrent confirmation waits on the delivery's row and finds it confirmed: it books nothing. Two deliveries against
 * one order queue on the order's row, so the second sees what the first received and cannot receive more than was
 * ordered without a manager's override. Bad input is refused before any lock is taken.
 */
@Service
@Transactional
public class ReceiveDelivery {

    private final Deliveries deliveries;
    private final PurchaseOrders orders;
    private final Suppliers suppliers;
    private final PurchasedItems items;
    private final Inventory inventory;
    private final NumberSeries numbers;
    private final PurchasingEvents events;
    private final Clock clock;

    ReceiveDelivery(Deliveries deliveries, PurchaseOrders orders, Suppliers suppliers, PurchasedItems items,
                    Inventory inventory, NumberSeries numbers, PurchasingEvents events, Clock clock) {
        this.deliveries = deliveries;
        this.orders = orders;
        this.suppliers = suppliers;
        this.items = items;
        this.inventory = inventory;
        this.numbers = numbers;
        this.events = events;
        this.clock = clock;
    }

    /** What a storekeeper sends to record a delivery: an order, or (a manager) a supplier and no order. */
    public record NewDelivery(UUID orderId, UUID supplierId, String supplierReference, List<DeliveryLineRequest> lines) {
    }

    /** A DRAFT delivery, numbered D-YYYY-NNNNNN; nothing is booked yet. */
    public Delivery record(NewDelivery request, String actor, boolean byManager) {
        var today = LocalDate.now(clock);
        var order = request.orderId() == null ? null : orders.find(request.orderId())
                .orElseThrow(() -> new InvalidInputException("orderId", "no such purchase order"));
        UUID supplierId;
        if (order != null) {
            if (request.supplierId() != null && !request.supplierId().equals(order.supplierId())) {
                throw new InvalidInputException("supplierId", "the order is another supplier's");
            }
            requireReceivable(order);
            supplierId = order.supplierId();
        } else {
            if (!byManager) {
                throw new InvalidInputException("orderId", "only a manager receives goods without an order");
            }
            if (request.supplierId() == null) {
                throw new InvalidInputException("supplierId", "a delivery without an order names its supplier");
            }
            supplierId = suppliers.find(request.supplierId())
                    .orElseThrow(() -> new InvalidInputException("supplierId", "no such supplier")).id();
        }
        var lines = lines(order, request.lines());
        var draft = Delivery.draft(UUID.randomUUID(), "pending", order == null ? null : order.id(), supplierId, today,
                request.supplierReference(), lines, new Stamp(actor, clock.instant()));
        var numbered = new Delivery(draft.id(), Delivery.NUMBERS.next(numbers, today.getYear()), draft.orderId(),
                draft.supplierId(), draft.businessDate(), draft.supplierReference(), false, draft.lines(), draft.created(),
                null, null);
        deliveries.add(numbered);
        return numbered;
    }

    /** A DRAFT's lines counted again; a confirmed delivery's are final (409 {@code delivery-state}). */
    public Delivery replaceLines(UUID id, List<DeliveryLineRequest> requests, boolean byManager) {
        var current = deliveries.find(id).orElseThrow(() -> notFound(id));
        var order = current.orderId() == null ? null : orders.find(current.orderId()).orElseThrow();
        if (order == null && !byManager) {
            throw new InvalidInputException("orderId", "only a manager receives goods without an order");
        }
        var lines = lines(order, requests);
        var delivery = deliveries.lock(id).orElseThrow(() -> notFound(id));
        var changed = delivery.withLines(lines);
        deliveries.changed(changed);
        return changed;
    }

    /**
     * Books the delivery's goods in, once. Confirmed already (a retry, a concurrent click): the delivery as it is,
     * nothing booked again.
     *
     * @param overrideReason a manager's reason to receive more than ordered; null otherwise
     * @throws io.elif.purchasing.OverDeliveryException more than ordered without the override (nothing booked)
     */
    public Delivery confirm(UUID id, String overrideReason, String actor, boolean byManager) {
        if (overrideReason != null && !byManager) {
            throw new InvalidInputException("overrideReason", "only a manager receives more than was ordered");
        }
        var delivery = deliveries.lock(id).orElseThrow(() -> notFound(id));
        if (delivery.confirmed()) {
            return delivery;
        }
        var stamp = new Stamp(actor, clock.instant());
        String recordedOverride = null;
        PurchaseOrder order = null;
        if (delivery.orderId() != null) {
            var locked = orders.lock(delivery.orderId()).orElseThrow();
            requireReceivable(locked);
            var beyond = locked.exceeds(delivery.packsByOrderLine());
            recordedOverride = beyond ? overrideReason : null;
            order = locked.received(delivery.packsByOrderLine(), beyond && overrideReason != null);
        }
        var confirmed = delivery.confirm(stamp, recordedOverride);
        book(confirmed, actor);
        var packs = new LinkedHashMap<ItemRef, Integer>();
        for (var line : confirmed.lines()) {
            packs.merge(new ItemRef(line.productId(), line.packId()), line.quantity(), Integer::sum);
        }
        deliveries.addContainers(confirmed.id(), items.containers(packs));
        if (order != null) {
            orders.changed(order);
        }
        for (var line : confirmed.lines()) {
            suppliers.offer(confirmed.supplierId(), line.productId(), line.packId())
                    .ifPresent(offer -> suppliers.updateProduct(offer.paid(line.unitCost())));
        }
        deliveries.changed(confirmed);
        events.goodsReceived(event(confirmed, order));
        return confirmed;
    }

    private void book(Delivery delivery, String actor) {
        var byLocation = new LinkedHashMap<UUID, List<ReceiptLine>>();
        for (var line : delivery.lines()) {
            byLocation.computeIfAbsent(line.locationId(), location -> new ArrayList<>()).add(new ReceiptLine(
                    line.productId(), line.baseUnits(), line.baseUnitCost(), line.lot().isEmpty() ? null : line.lot(),
                    line.bestBefore()));
        }
        byLocation.forEach((location, lines) -> inventory.receive(new GoodsReceipt(location, delivery.number(), actor, lines)));
    }

    private GoodsReceived event(Delivery delivery, PurchaseOrder order) {
        var scale = items.moneyScale();
        var currency = order != null ? order.currency() : suppliers.find(delivery.supplierId()).orElseThrow().currency();
        return new GoodsReceived(delivery.id(), delivery.number(), delivery.orderId(), order == null ? null : order.number(),
                delivery.supplierId(), currency, delivery.businessDate(), delivery.lines().stream()
                .map(line -> new GoodsReceived.Line(line.productId(), line.packId(), line.quantity(), line.baseUnits(),
                        line.unitCost(), line.amount(scale)))
                .toList());
    }

    private List<DeliveryLine> lines(PurchaseOrder order, List<DeliveryLineRequest> requests) {
        if (requests.isEmpty()) {
            throw new InvalidInputException("lines", "a delivery needs at least one line");
        }
        var locations = locations(order);
        var lines = new ArrayList<DeliveryLine>(requests.size());
        if (order != null) {
            for (int i = 0; i < requests.size(); i++) {
                var request = requests.get(i);
                var path = "lines[" + i + "].";
                if (request.lineNo() == null) {
                    throw new InvalidInputException(path + "lineNo", "must name the order's line");
                }
                var ordered = order.line(request.lineNo());
                if (ordered == null) {
                    throw new InvalidInputException(path + "lineNo", "the order has no line " + request.lineNo());
                }
                if (request.productId() != null || request.packId() != null || request.unitCost() != null) {
                    throw new InvalidInputException(path + "lineNo", "a line of an order takes its product, pack and cost from the order");
                }
                lines.add(new DeliveryLine(i + 1, ordered.lineNo(), ordered.productId(), ordered.packId(), ordered.sku(),
                        ordered.name(), ordered.unitsPerPack(), request.quantity(), ordered.unitCost(), request.lot(),
                        request.bestBefore(), request.condition(), location(locations, request.locationId(), path)));
            }
            return lines;
        }
        var refs = new ArrayList<ItemRef>();
        for (int i = 0; i < requests.size(); i++) {
            if (requests.get(i).productId() == null) {
                throw new InvalidInputException("lines[" + i + "].productId", "must not be null");
            }
            refs.add(new ItemRef(requests.get(i).productId(), requests.get(i).packId()));
        }
        var known = items.known(refs, i -> "lines[" + i + "].");
        for (int i = 0; i < requests.size(); i++) {
            var request = requests.get(i);
            var item = known.get(refs.get(i));
            lines.add(new DeliveryLine(i + 1, null, item.productId(), item.packId(), item.sku(), item.name(),
                    item.unitsPerPack(), request.quantity(), request.unitCost(), request.lot(), request.bestBefore(),
                    request.condition(), location(locations, request.locationId(), "lines[" + i + "].")));
        }
        return lines;
    }

    /** The active locations goods may go to, and the default one (the order's warehouse's, or the company's). */
    private Locations locations(PurchaseOrder order) {
        var warehouses = inventory.warehouses();
        var active = new ArrayList<UUID>();
        UUID fallback = null;
        for (var warehouse : warehouses) {
            if (!warehouse.active()) {
                continue;
            }
            warehouse.locations().stream().filter(Warehouse.Location::active).forEach(location -> active.add(location.id()));
            var chosen = order != null && order.warehouseId() != null ? warehouse.id().equals(order.warehouseId()) : warehouse.isDefault();
            if (chosen) {
                fallback = warehouse.locations().stream().filter(Warehouse.Location::isDefault).map(Warehouse.Location::id)
                        .findFirst().orElse(null);
            }
        }
        return new Locations(active, fallback);
    }

    private static UUID location(Locations locations, UUID asked, String path) {
        if (asked == null) {
            return locations.fallback();
        }
        if (!locations.active().contains(asked)) {
            throw new InvalidInputException(path + "locationId", "no such active location");
        }
        return asked;
    }

    private record Locations(List<UUID> active, UUID fallback) {
    }

    private static void requireReceivable(PurchaseOrder order) {
        if (!order.state().receivable()) {
            throw new PurchaseOrderStateException(order.number(), order.state().name(), order.number() + " is "
                    + order.state() + ": goods are received only against a sent, confirmed or partly received order");
        }
    }

    private static NotFoundException notFound(UUID id) {
        return new NotFoundException("delivery", id);
    }

}
