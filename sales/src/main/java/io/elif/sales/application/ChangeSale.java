package io.elif.sales.application;

import io.elif.inventory.Inventory;
import io.elif.inventory.ReservationLine;
import io.elif.kernel.NotFoundException;
import io.elif.sales.SaleCancelled;
import io.elif.sales.SaleCompleted;
import io.elif.sales.domain.LineRequest;
import io.elif.sales.domain.Sale;
import io.elif.sales.domain.SaleLine;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;

/**
 * A sale's lines and transitions: each locks the sale's row first ({@code select ... for update}), so a retried or
 * concurrent call waits, then finds the state it asked for and changes nothing. The aggregate decides; this use case
 * does the stock work through inventory (the reservation's reference is the sale's number), stores the sale and
 * publishes its event, in one transaction: a shortfall leaves nothing written.
 */
@Service
@Transactional
public class ChangeSale {

    private final Sales sales;
    private final Customers customers;
    private final SalePricing pricing;
    private final Inventory inventory;
    private final SaleEvents events;
    private final Clock clock;

    ChangeSale(Sales sales, Customers customers, SalePricing pricing, Inventory inventory, SaleEvents events,
               Clock clock) {
        this.sales = sales;
        this.customers = customers;
        this.pricing = pricing;
        this.inventory = inventory;
        this.events = events;
        this.clock = clock;
    }

    /** A draft's lines replaced, priced again at the sale's level and date. */
    public Sale replaceLines(UUID id, List<LineRequest> lines, String actor, boolean byManager) {
        var sale = locked(id);
        var priced = pricing.price(lines, sale.priceLevel(), sale.businessDate(), byManager, actor, now());
        var changed = sale.withLines(priced);
        sales.linesReplaced(changed);
        return changed;
    }

    /**
     * A draft sold to another customer (an active one, else 400 naming {@code customerId}), its lines priced again at
     * that customer's level on the sale's date; a manager's price on a line is kept.
     */
    public Sale changeCustomer(UUID id, UUID customerId, String actor) {
        var sale = locked(id);
        var customer = CreateSale.soldTo(customers, customerId);
        var changed = sale.withCustomer(customer.id(), customer.priceLevel(), requests -> pricing.price(requests,
                customer.priceLevel(), sale.businessDate(), false, actor, now()));
        sales.customerChanged(changed);
        return changed;
    }

    public Sale confirm(UUID id, String actor) {
        return apply(id, sale -> sale.confirm(stamp(actor)));
    }

    public Sale complete(UUID id, String actor) {
        return apply(id, sale -> sale.complete(stamp(actor)));
    }

    public Sale cancel(UUID id, String actor) {
        return apply(id, sale -> sale.cancel(stamp(actor)));
    }

    private Sale apply(UUID id, Function<Sale, Sale.Transition> transition) {
        return applied(transition.apply(locked(id)));
    }

    /** Does what the transition asks of the stock, stores the sale and publishes the event; nothing if unchanged. */
    Sale applied(Sale.Transition transition) {
        var sale = transition.sale();
        if (!transition.changed()) {
            return sale;
        }
        switch (transition.stockWork()) {
            case NONE -> { }
            case RESERVE -> inventory.reserve(sale.number(), sale.warehouseId(), reservation(sale));
            case ISSUE -> inventory.issue(sale.number());
            case RESERVE_AND_ISSUE -> {
                inventory.reserve(sale.number(), sale.warehouseId(), reservation(sale));
                inventory.issue(sale.number());
            }
            case RELEASE -> inventory.release(sale.number());
        }
        sales.changed(sale);
        switch (transition.event()) {
            case SaleCompleted completed -> events.saleCompleted(completed);
            case SaleCancelled cancelled -> events.saleCancelled(cancelled);
            case null, default -> { }
        }
        return sale;
    }

    Sale.Stamp stamp(String actor) {
        return new Sale.Stamp(actor, now());
    }

    /** Microseconds, as PostgreSQL keeps them, so that a sale read back equals the sale stored. */
    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** One line per product, its base units summed, in product order. */
    private static List<ReservationLine> reservation(Sale sale) {
        var byProduct = new TreeMap<UUID, Long>();
        for (SaleLine line : sale.lines()) {
            byProduct.merge(line.productId(), line.baseUnits(), Long::sum);
        }
        return byProduct.entrySet().stream().map(entry -> new ReservationLine(entry.getKey(), entry.getValue())).toList();
    }

    private Sale locked(UUID id) {
        return sales.lock(id).orElseThrow(() -> new NotFoundException("sale", id));
    }
}
