package io.elif.sales.application;

import io.elif.inventory.Inventory;
import io.elif.inventory.Warehouse;
import io.elif.kernel.InvalidInputException;
import io.elif.sales.domain.Sale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Creates a sale as a DRAFT, reserving nothing, priced by the server at the customer's level on the tenant's business
 * day; a counter sale ({@link NewSale#complete()}) is completed in the same transaction (stock reserved and issued),
 * so a shortfall leaves no sale and gives its number back.
 */
@Service
@Transactional
public class CreateSale {

    private final Sales sales;
    private final Customers customers;
    private final SalePricing pricing;
    private final ChangeSale changeSale;
    private final Inventory inventory;
    private final Clock clock;

    CreateSale(Sales sales, Customers customers, SalePricing pricing, ChangeSale changeSale, Inventory inventory,
               Clock clock) {
        this.sales = sales;
        this.customers = customers;
        this.pricing = pricing;
        this.changeSale = changeSale;
        this.inventory = inventory;
        this.clock = clock;
    }

    /**
     * @param byManager whether the caller may set a line's price (a manager or an administrator)
     * @throws InvalidInputException naming the field at fault (an unknown or inactive customer, an unknown warehouse,
     *                               a line the catalogue refuses)
     */
    public Sale create(NewSale request, String actor, boolean byManager) {
        var customer = request.customerId() == null ? customers.walkIn() : soldTo(customers, request.customerId());
        var warehouseId = warehouse(request.warehouseId());
        var created = changeSale.stamp(actor);
        var date = LocalDate.now(clock);
        var lines = pricing.price(request.lines(), customer.priceLevel(), date, byManager, actor, created.at());
        var number = Sale.number(date.getYear(), sales.nextNumber(date.getYear()));
        var sale = Sale.draft(UUID.randomUUID(), number, customer.id(), customer.priceLevel(), warehouseId, date, lines,
                created);
        sales.add(sale);
        return request.complete() ? changeSale.applied(sale.complete(created)) : sale;
    }

    /** The customer a sale is sold to: an existing, active one, or 400 naming {@code customerId}. */
    static CustomerView soldTo(Customers customers, UUID id) {
        var customer = customers.view(id).orElseThrow(() -> new InvalidInputException("customerId", "no such customer"));
        if (!customer.active()) {
            throw new InvalidInputException("customerId", customer.name() + " (" + customer.code() + ") is inactive");
        }
        return customer;
    }

    private UUID warehouse(UUID requested) {
        var warehouses = inventory.warehouses();
        if (requested == null) {
            return warehouses.stream().filter(Warehouse::isDefault).findFirst().orElseThrow().id();
        }
        return warehouses.stream().filter(warehouse -> warehouse.id().equals(requested) && warehouse.active())
                .findFirst().map(Warehouse::id)
                .orElseThrow(() -> new InvalidInputException("warehouseId", "no such active warehouse"));
    }
}
