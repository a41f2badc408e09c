package io.elif.sales.application;

import io.elif.kernel.NumberSeries;
import io.elif.inventory.EmptiesCount;
import io.elif.inventory.Inventory;
import io.elif.kernel.NotFoundException;
import io.elif.sales.domain.ContainerBalance;
import io.elif.sales.domain.ContainerReturn;
import io.elif.sales.domain.Sale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Takes back empties a customer brings after a sale: locks the customer's row first, so concurrent returns of one
 * customer wait for each other and never give back more than the customer holds; then numbers the document, books
 * the empties into the warehouse's count, pays the refund out of the clerk's open till session ({@link CashDrawer}: a
 * refund without one is 409 {@code till-closed}, nothing written) and publishes {@code ContainersReturned}, in one
 * transaction.
 */
@Service
@Transactional
public class ReturnContainers {

    private final ContainerReturns returns;
    private final Customers customers;
    private final NumberSeries numbers;
    private final ChosenWarehouse warehouses;
    private final Inventory inventory;
    private final SalePricing pricing;
    private final SaleEvents events;
    private final CashDrawer drawer;
    private final Clock clock;

    ReturnContainers(ContainerReturns returns, Customers customers, NumberSeries numbers, ChosenWarehouse warehouses,
                     Inventory inventory, SalePricing pricing, SaleEvents events, CashDrawer drawer, Clock clock) {
        this.returns = returns;
        this.customers = customers;
        this.numbers = numbers;
        this.warehouses = warehouses;
        this.inventory = inventory;
        this.pricing = pricing;
        this.events = events;
        this.drawer = drawer;
        this.clock = clock;
    }

    /**
     * @param warehouseId null: the default warehouse
     * @throws io.elif.sales.TillClosedException when a deposit is refunded and the actor has no open till session
     */
    public ContainerReturn record(UUID customerId, UUID warehouseId, List<ContainerReturn.Counted> counted, String actor) {
        customers.lock(customerId).orElseThrow(() -> new NotFoundException("customer", customerId));
        var warehouse = warehouses.resolve(warehouseId);
        var balances = returns.balances(customerId).stream()
                .collect(Collectors.toMap(ContainerBalance::containerTypeId, Function.identity()));
        var created = new Sale.Stamp(actor, clock.instant().truncatedTo(ChronoUnit.MICROS));
        var date = LocalDate.now(clock);
        var number = ContainerReturn.NUMBERS.next(numbers, date.getYear());
        var taken = ContainerReturn.of(UUID.randomUUID(), number, customerId, warehouse, date, counted, balances,
                pricing.moneyUnit(), created);
        returns.add(taken);
        drawer.refund(actor, taken.refundTotal(), number);
        inventory.receiveEmpties(number, warehouse, taken.lines().stream().map(line -> new EmptiesCount(
                line.containerTypeId(), line.code(), line.name(), line.quantity())).toList(), false, actor);
        events.containersReturned(taken.returned());
        return taken;
    }

    @Transactional(readOnly = true)
    public List<ContainerBalance> balances(UUID customerId) {
        customers.view(customerId).orElseThrow(() -> new NotFoundException("customer", customerId));
        return returns.balances(customerId);
    }

    @Transactional(readOnly = true)
    public List<ContainerReturn> ofCustomer(UUID customerId, int limit) {
        return returns.ofCustomer(customerId, limit);
    }
}
