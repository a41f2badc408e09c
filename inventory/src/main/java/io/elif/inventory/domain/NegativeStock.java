package io.elif.inventory.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Stock may not go negative unless the warehouse allows it. The one place a shortfall is decided in Java; the
 * database holds the same rule as the guard of every decrease and reservation ({@code JooqStockLedger}) and as the
 * {@code stock_balance_never_oversold} check.
 */
public final class NegativeStock {

    private NegativeStock() {
    }

    /**
     * The takes that cover the whole quantity: the free stock's, and, where the warehouse allows negative stock,
     * what it lacks from {@code fallbackBalance} (asked only then). Empty when the free stock falls short and the
     * warehouse does not allow negative stock.
     */
    public static Optional<List<Fefo.Take>> cover(Fefo.Allocation allocation, boolean allowed, LongSupplier fallbackBalance) {
        if (allocation.shortfall() == 0) {
            return Optional.of(allocation.takes());
        }
        if (!allowed) {
            return Optional.empty();
        }
        var takes = new ArrayList<>(allocation.takes());
        takes.add(new Fefo.Take(fallbackBalance.getAsLong(), allocation.shortfall()));
        return Optional.of(List.copyOf(takes));
    }
}
