package io.elif.sales.application;

import io.elif.inventory.GoodsReceipt;
import io.elif.inventory.Inventory;
import io.elif.inventory.ReceiptLine;
import io.elif.inventory.Warehouse;
import io.elif.kernel.NotFoundException;
import io.elif.kernel.NumberSeries;
import io.elif.sales.domain.PaymentMethod;
import io.elif.sales.domain.Sale;
import io.elif.sales.domain.SaleReturn;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Takes goods of a completed sale back: locks the sale's row, then the customer's (the order every money change
 * keeps), so concurrent returns of one sale queue and never return more than was sold; books the goods into the
 * sale's warehouse once (inventory's acceptReturn under the return's number), stores the return with its deposits
 * and money, hands a cash refund out of the manager's open till session, and publishes {@code ReturnAccepted}, in one transaction.
 */
@Service
@Transactional
public class ReturnSale {

    private final Sales sales;
    private final SaleReturns returns;
    private final Customers customers;
    private final Payments payments;
    private final NumberSeries numbers;
    private final SalePricing pricing;
    private final ChangeSale changeSale;
    private final Inventory inventory;
    private final SaleEvents events;
    private final CashDrawer cashDrawer;
    private final Clock clock;

    ReturnSale(Sales sales, SaleReturns returns, Customers customers, Payments payments, NumberSeries numbers,
               SalePricing pricing, ChangeSale changeSale, Inventory inventory, SaleEvents events,
               CashDrawer cashDrawer, Clock clock) {
        this.sales = sales;
        this.returns = returns;
        this.customers = customers;
        this.payments = payments;
        this.numbers = numbers;
        this.pricing = pricing;
        this.changeSale = changeSale;
        this.inventory = inventory;
        this.events = events;
        this.cashDrawer = cashDrawer;
        this.clock = clock;
    }

    /**
     * @param asked        the lines and packs coming back; empty: everything not yet returned
     * @param refundMethod how money is handed back, when some is
     */
    public SaleReturn accept(UUID saleId, List<SaleReturn.Asked> asked, String reason, PaymentMethod refundMethod,
                             String actor) {
        var sale = sales.lock(saleId).orElseThrow(() -> new NotFoundException("sale", saleId));
        customers.lock(sale.customerId());
        var created = changeSale.stamp(actor);
        var today = LocalDate.now(clock);
        var number = SaleReturn.NUMBERS.next(numbers, today.getYear());
        var taken = SaleReturn.of(UUID.randomUUID(), number, sale, asked, reason, refundMethod,
                returns.before(saleId), payments.moneyOf(saleId), pricing.moneyUnit(), today, created);
        returns.add(taken);
        if (taken.refundMethod() == PaymentMethod.CASH) {
            cashDrawer.refund(actor, taken.refund(), number);
        }
        var byProduct = new TreeMap<UUID, Long>();
        taken.lines().forEach(line -> byProduct.merge(line.productId(), line.baseUnits(), Long::sum));
        inventory.acceptReturn(new GoodsReceipt(defaultLocation(sale.warehouseId()), number, actor,
                byProduct.entrySet().stream().map(entry -> new ReceiptLine(entry.getKey(), entry.getValue(), null, "",
                        null)).toList()));
        events.returnAccepted(taken.accepted());
        return taken;
    }

    @Transactional(readOnly = true)
    public List<SaleReturn> ofSale(UUID saleId) {
        sales.byId(saleId).orElseThrow(() -> new NotFoundException("sale", saleId));
        return returns.ofSale(saleId);
    }

    private UUID defaultLocation(UUID warehouseId) {
        return inventory.warehouses().stream().filter(warehouse -> warehouse.id().equals(warehouseId)).findFirst()
                .flatMap(warehouse -> warehouse.locations().stream().filter(Warehouse.Location::isDefault).findFirst())
                .map(Warehouse.Location::id).orElseThrow();
    }
}
