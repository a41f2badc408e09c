package io.elif.purchasing.application;

import io.elif.inventory.EmptiesCount;
import io.elif.inventory.Inventory;
import io.elif.inventory.Warehouse;
import io.elif.kernel.InvalidInputException;
import io.elif.kernel.MoneyUnit;
import io.elif.kernel.NotFoundException;
import io.elif.kernel.NumberSeries;
import io.elif.purchasing.domain.EmptiesReturn;
import io.elif.purchasing.domain.Stamp;
import io.elif.purchasing.domain.SupplierContainer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Empties back to a supplier: a return document ({@code ES-YYYY-NNNNNN}) takes them out of a warehouse's empties
 * (inventory, under the return's number) and credits them at the supplier's deposit, in one transaction. What we hold of
 * the supplier's, and what they owe us, is derived from the deliveries and these returns.
 * <p>
 * <b>Lock order</b>: the supplier's row, then (inventory) the warehouse's empties. Concurrent returns to one supplier
 * queue on the supplier, so they never give back more than we hold of theirs; concurrent returns from one warehouse
 * queue on its empties, so they never take out more than stands there.
 */
@Service
@Transactional
public class ReturnEmpties {

    /** The returns a supplier's account shows. */
    public static final int RECENT_RETURNS = 50;

    private final EmptiesReturns returns;
    private final Suppliers suppliers;
    private final PurchasedItems items;
    private final Inventory inventory;
    private final NumberSeries numbers;
    private final Clock clock;

    ReturnEmpties(EmptiesReturns returns, Suppliers suppliers, PurchasedItems items, Inventory inventory,
                  NumberSeries numbers, Clock clock) {
        this.returns = returns;
        this.suppliers = suppliers;
        this.items = items;
        this.inventory = inventory;
        this.numbers = numbers;
        this.clock = clock;
    }

    /** What is sent: the warehouse the empties leave (absent: the default one), the supplier's note, the counts. */
    public record NewReturn(UUID warehouseId, String supplierReference, List<EmptiesReturn.Count> lines) {
    }

    /** A supplier's containers on our side and their latest returns; amounts round to {@code money}. */
    public record Account(List<SupplierContainer> containers, List<EmptiesReturn> returns, String currency,
                          MoneyUnit money) {
    }

    public EmptiesReturn returnEmpties(UUID supplierId, NewReturn request, String actor) {
        var warehouseId = warehouse(request.warehouseId());
        var supplier = suppliers.lock(supplierId).orElseThrow(() -> new NotFoundException("supplier", supplierId));
        var account = returns.account(supplierId).stream()
                .collect(Collectors.toMap(SupplierContainer::containerTypeId, Function.identity()));
        var lines = EmptiesReturn.lines(request.lines(), account, new MoneyUnit(items.moneyScale()));
        var today = LocalDate.now(clock);
        var draft = new EmptiesReturn(UUID.randomUUID(), "pending", supplier.id(), warehouseId, today,
                request.supplierReference(), items.currency(), lines, new Stamp(actor, clock.instant()));
        var number = EmptiesReturn.NUMBERS.next(numbers, today.getYear());
        inventory.returnEmpties(number, warehouseId, lines.stream().map(line -> new EmptiesCount(line.containerTypeId(),
                line.code(), line.name(), line.quantity())).toList(), actor);
        var written = new EmptiesReturn(draft.id(), number, draft.supplierId(), draft.warehouseId(), draft.businessDate(),
                draft.supplierReference(), draft.currency(), draft.lines(), draft.created());
        returns.add(written);
        return written;
    }

    @Transactional(readOnly = true)
    public Account account(UUID supplierId) {
        if (suppliers.find(supplierId).isEmpty()) {
            throw new NotFoundException("supplier", supplierId);
        }
        return new Account(returns.account(supplierId), returns.bySupplier(supplierId, RECENT_RETURNS), items.currency(),
                new MoneyUnit(items.moneyScale()));
    }

    private UUID warehouse(UUID asked) {
        var active = inventory.warehouses().stream().filter(Warehouse::active).toList();
        if (asked == null) {
            return active.stream().filter(Warehouse::isDefault).map(Warehouse::id).findFirst()
                    .orElseThrow(() -> new InvalidInputException("warehouseId", "name the warehouse: there is no default one"));
        }
        return active.stream().map(Warehouse::id).filter(asked::equals).findFirst()
                .orElseThrow(() -> new InvalidInputException("warehouseId", "no such active warehouse"));
    }
}
