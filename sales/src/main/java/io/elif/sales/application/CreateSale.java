package io.elif.sales.application;

import io.elif.kernel.NumberSeries;
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
    private final NumberSeries numbers;
    private final Customers customers;
    private final SalePricing pricing;
    private final ChangeSale changeSale;
    private final ChosenWarehouse warehouses;
    private final Clock clock;

    CreateSale(Sales sales, NumberSeries numbers, Customers customers, SalePricing pricing, ChangeSale changeSale,
               ChosenWarehouse warehouses, Clock clock) {
        this.sales = sales;
        this.numbers = numbers;
        this.customers = customers;
        this.pricing = pricing;
        this.changeSale = changeSale;
        this.warehouses = warehouses;
        this.clock = clock;
    }

    /**
     * @param byManager whether the caller may set a line's price or override the credit limit (a manager or an
     *                  administrator)
     * @throws InvalidInputException naming the field at fault (an unknown or inactive customer, an unknown warehouse,
     *                               a line the catalogue refuses, a payment; payments on a sale not completed)
     * @throws io.elif.sales.CreditLimitException as {@link ChangeSale#complete(UUID, String, PayAtCompletion, boolean)}
     */
    public Sale create(NewSale request, String actor, boolean byManager) {
        var created = changeSale.stamp(actor);
        if (!request.complete() && (!request.pay().payments().isEmpty() || request.pay().creditOverride() != null)) {
            throw new InvalidInputException(request.pay().payments().isEmpty() ? "creditOverride" : "payments",
                    "only a sale that completes takes payments: send complete: true, or pay once it is completed");
        }
        var pay = request.complete() ? changeSale.checked(request.pay(), byManager, created) : null;
        var customer = request.customerId() == null ? customers.walkIn() : soldTo(customers, request.customerId());
        var warehouseId = warehouses.resolve(request.warehouseId());
        var date = LocalDate.now(clock);
        var priced = pricing.price(request.lines(), request.deposits(), customer.priceLevel(), !customer.walkIn(), date,
                byManager, actor, created.at());
        var number = Sale.NUMBERS.next(numbers, date.getYear());
        var sale = Sale.draft(UUID.randomUUID(), number, customer.id(), customer.priceLevel(), warehouseId, date,
                priced.lines(), priced.deposits(), created);
        sales.add(sale);
        return request.complete() ? changeSale.completed(sale.complete(created), pay) : sale;
    }

    /** The customer a sale is sold to: an existing, active one, or 400 naming {@code customerId}. */
    static CustomerView soldTo(Customers customers, UUID id) {
        var customer = customers.view(id).orElseThrow(() -> new InvalidInputException("customerId", "no such customer"));
        if (!customer.active()) {
            throw new InvalidInputException("customerId", customer.name() + " (" + customer.code() + ") is inactive");
        }
        return customer;
    }

}
