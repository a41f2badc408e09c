package io.elif.sales.application;

import io.elif.inventory.EmptiesCount;
import io.elif.inventory.Inventory;
import io.elif.inventory.IssuedStock;
import io.elif.inventory.ReservationLine;
import io.elif.kernel.InvalidInputException;
import io.elif.kernel.NotFoundException;
import io.elif.sales.CreditLimitException;
import io.elif.sales.PaymentReceived;
import io.elif.sales.SaleCancelled;
import io.elif.sales.SaleCompleted;
import io.elif.sales.domain.CreditOverride;
import io.elif.sales.domain.LineRequest;
import io.elif.sales.domain.Payment;
import io.elif.sales.domain.PaymentRequest;
import io.elif.sales.domain.Sale;
import io.elif.sales.domain.SaleDeposit;
import io.elif.sales.domain.SaleLine;
import io.elif.sales.domain.Settlement;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A sale's lines and transitions: each locks the sale's row first ({@code select ... for update}), so a retried or
 * concurrent call waits, then finds the state it asked for and changes nothing. The aggregate decides; this use case
 * does the stock work through inventory (the reservation's reference is the sale's number), stores the sale and
 * publishes its event, in one transaction: a shortfall leaves nothing written.
 * <p>
 * Completing also settles the sale's money: the payments taken with it, the credit check and the due date
 * ({@link Settlement}). Lock order: the sale's row, then the customer's ({@code select ... for update}), which
 * serialises every payment and credit check of one customer; whoever takes a payment keeps that order. Cash goes
 * through the taker's open till session ({@link CashDrawer}, its row held for share last): without one, 409
 * {@code till-closed} and nothing is written.
 */
@Service
@Transactional
public class ChangeSale {

    /** The most payments one completion takes. */
    public static final int MAX_PAYMENTS = 10;

    private final Sales sales;
    private final Customers customers;
    private final Payments payments;
    private final SalePricing pricing;
    private final Inventory inventory;
    private final SaleEvents events;
    private final CashDrawer drawer;
    private final Clock clock;

    ChangeSale(Sales sales, Customers customers, Payments payments, SalePricing pricing, Inventory inventory,
               SaleEvents events, CashDrawer drawer, Clock clock) {
        this.sales = sales;
        this.customers = customers;
        this.payments = payments;
        this.pricing = pricing;
        this.inventory = inventory;
        this.events = events;
        this.drawer = drawer;
        this.clock = clock;
    }

    /**
     * A draft's lines and deposit choices replaced, priced again at the sale's level and date.
     *
     * @param deposits what the customer does with the containers, per type (none: all consigned)
     */
    public Sale replaceLines(UUID id, List<LineRequest> lines, List<SaleDeposit.Choice> deposits, String actor,
                             boolean byManager) {
        var sale = locked(id);
        var mayOwe = customers.view(sale.customerId()).map(customer -> !customer.walkIn()).orElse(false);
        var priced = pricing.price(lines, deposits, sale.priceLevel(), mayOwe, sale.businessDate(), byManager, actor,
                now());
        var changed = sale.withLines(priced.lines(), priced.deposits());
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
        var changed = sale.withCustomer(customer.id(), customer.priceLevel(), !customer.walkIn(),
                requests -> pricing.price(requests, List.of(), customer.priceLevel(), !customer.walkIn(),
                        sale.businessDate(), false, actor, now()).lines());
        sales.customerChanged(changed);
        return changed;
    }

    public Sale confirm(UUID id, String actor) {
        return apply(id, sale -> sale.confirm(stamp(actor)));
    }

    /** Completes a named customer's sale on credit (within the limit), nothing paid. */
    public Sale complete(UUID id, String actor) {
        return complete(id, actor, PayAtCompletion.NOTHING, false);
    }

    /**
     * Completes the sale, taking the payments given; what stays unpaid is due after the customer's terms. A sale
     * completed already is answered as it is: nothing is issued or paid twice (its payments are those it has).
     *
     * @param byManager whether the caller may override the credit limit (a manager or an administrator)
     * @throws InvalidInputException naming the field at fault (an amount, a reference, a clerk's override, the walk-in
     *                               customer leaving something unpaid), before any lock
     * @throws CreditLimitException  when what stays unpaid takes the customer beyond the limit without an override
     */
    public Sale complete(UUID id, String actor, PayAtCompletion pay, boolean byManager) {
        var stamp = stamp(actor);
        var checked = checked(pay, byManager, stamp);
        var sale = locked(id);
        return completed(sale.complete(stamp), checked);
    }

    /** The payments and override asked for, checked for their shape before any lock. */
    Checked checked(PayAtCompletion pay, boolean byManager, Sale.Stamp stamp) {
        if (pay.payments().size() > MAX_PAYMENTS) {
            throw new InvalidInputException("payments", "must hold at most " + MAX_PAYMENTS + " payments");
        }
        var unit = pricing.moneyUnit();
        var requests = new ArrayList<PaymentRequest>();
        for (int i = 0; i < pay.payments().size(); i++) {
            var request = pay.payments().get(i);
            if (request == null) {
                throw new InvalidInputException("payments[" + i + "]", "must not be null");
            }
            requests.add(request.checked("payments[" + i + "]", unit));
        }
        return new Checked(requests, CreditOverride.requested(pay.creditOverride() != null, pay.creditOverride(),
                byManager, stamp), stamp);
    }

    /** Payments and override checked, with the completion's stamp. */
    record Checked(List<PaymentRequest> payments, CreditOverride override, Sale.Stamp stamp) {
    }

    /**
     * A completion applied with its money: the customer's row locked after the sale's, the settlement decided by the
     * domain, then the stock work, the sale, its payments and their events stored and published.
     */
    Sale completed(Sale.Transition transition, Checked pay) {
        var sale = transition.sale();
        if (!transition.changed()) {
            return sale;
        }
        var customer = customers.lock(sale.customerId()).orElseThrow(() -> new NotFoundException("customer", sale.customerId()));
        var today = LocalDate.now(clock);
        var settlement = Settlement.atCompletion(sale, customer, payments.openBalance(customer.id(), sale.id()),
                pay.payments(), pay.override(), UUID::randomUUID, pay.stamp(), today);
        applied(transition, settlement.dueDate());
        sales.settled(sale.id(), settlement.dueDate(), settlement.override());
        settlement.payments().forEach(this::received);
        return sale;
    }

    /**
     * Stores a payment, records its cash in the taker's open till session and publishes it.
     *
     * @throws io.elif.sales.TillClosedException for cash taken without an open till session (the transaction rolls
     *                                           back: nothing is written)
     */
    void received(Payment payment) {
        payments.add(payment);
        drawer.paymentTaken(payment);
        events.paymentReceived(new PaymentReceived(payment.id(), payment.customerId(), payment.method().name(),
                payment.amount(), payment.allocations().stream()
                .map(allocation -> new PaymentReceived.Allocation(allocation.saleId(), allocation.amount())).toList(),
                payment.taken().by(), payment.taken().at(), payment.businessDate()));
    }

    public Sale cancel(UUID id, String actor) {
        return apply(id, sale -> sale.cancel(stamp(actor)));
    }

    private Sale apply(UUID id, Function<Sale, Sale.Transition> transition) {
        return applied(transition.apply(locked(id)));
    }

    /** Does what the transition asks of the stock, stores the sale and publishes the event; nothing if unchanged. */
    Sale applied(Sale.Transition transition) {
        return applied(transition, null);
    }

    /** The same, a completion's event carrying the due date its settlement decided. */
    private Sale applied(Sale.Transition transition, LocalDate dueDate) {
        var sale = transition.sale();
        if (!transition.changed()) {
            return sale;
        }
        List<IssuedStock> issued = List.of();
        switch (transition.stockWork()) {
            case NONE -> { }
            case RESERVE -> inventory.reserve(sale.number(), sale.warehouseId(), reservation(sale));
            case ISSUE -> issued = inventory.issue(sale.number());
            case RESERVE_AND_ISSUE -> {
                inventory.reserve(sale.number(), sale.warehouseId(), reservation(sale));
                issued = inventory.issue(sale.number());
            }
            case RELEASE -> inventory.release(sale.number());
        }
        sales.changed(sale);
        switch (transition.event()) {
            case SaleCompleted completed -> {
                receiveExchangedEmpties(sale);
                events.saleCompleted(completed.costed(issued.stream()
                        .collect(Collectors.toMap(IssuedStock::productId, IssuedStock::unitCost))).due(dueDate));
            }
            case SaleCancelled cancelled -> events.saleCancelled(cancelled);
            case null, default -> { }
        }
        return sale;
    }

    /** Empties brought back at the sale enter its warehouse's count of empties. */
    private void receiveExchangedEmpties(Sale sale) {
        var exchanged = sale.deposits().stream().filter(deposit -> deposit.exchanged() > 0)
                .map(deposit -> new EmptiesCount(deposit.containerTypeId(), deposit.code(), deposit.name(),
                        deposit.exchanged()))
                .toList();
        if (!exchanged.isEmpty()) {
            inventory.receiveEmpties(sale.number(), sale.warehouseId(), exchanged, true, sale.completed().by());
        }
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

    Sale locked(UUID id) {
        return sales.lock(id).orElseThrow(() -> new NotFoundException("sale", id));
    }
}
