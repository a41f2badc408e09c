package io.elif.purchasing.application;

import io.elif.catalog.Catalog;
import io.elif.catalog.ItemRef;
import io.elif.catalog.PriceLevel;
import io.elif.catalog.SaleItem;
import io.elif.kernel.InvalidInputException;
import org.springframework.stereotype.Service;

import io.elif.purchasing.domain.SupplierContainer;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntFunction;

/**
 * What purchasing reads of the catalogue about the products and packs it buys, in one query for a whole document:
 * SKU, name, units per pack, tax rate. Unknown products and packs that are not the product's are refused naming the
 * line's field.
 */
@Service
public class PurchasedItems {

    private final Catalog catalog;
    private final Clock clock;

    PurchasedItems(Catalog catalog, Clock clock) {
        this.catalog = catalog;
        this.clock = clock;
    }

    /**
     * @param path the field path of item i without its last segment ({@code i -> "lines[" + i + "]."}, or {@code ""})
     */
    public Map<ItemRef, SaleItem> known(List<ItemRef> items, IntFunction<String> path) {
        var found = new HashMap<ItemRef, SaleItem>();
        for (var item : catalog.saleItems(items, PriceLevel.LEVEL_1, LocalDate.now(clock))) {
            found.put(item.ref(), item);
        }
        for (int i = 0; i < items.size(); i++) {
            var item = found.get(items.get(i));
            if (item == null) {
                throw new InvalidInputException(path.apply(i) + "productId", "no such product");
            }
            if (!item.packOfProduct()) {
                throw new InvalidInputException(path.apply(i) + "packId", "not a pack of this product");
            }
            if (!item.active()) {
                throw new InvalidInputException(path.apply(i) + "productId", "the product is inactive");
            }
        }
        return found;
    }

    /**
     * The containers of the supplier's that these packs brought in, per type (in the order first met): packs x the
     * containers each carries now, at the catalogue's deposit now. Products since deactivated count too.
     */
    public List<SupplierContainer> containers(Map<ItemRef, Integer> packs) {
        var byType = new LinkedHashMap<UUID, SupplierContainer>();
        for (var item : catalog.saleItems(packs.keySet(), PriceLevel.LEVEL_1, LocalDate.now(clock))) {
            int count = packs.getOrDefault(item.ref(), 0);
            for (var load : item.containers()) {
                long quantity = (long) load.quantity() * count;
                byType.merge(load.containerTypeId(), new SupplierContainer(load.containerTypeId(), load.code(), load.name(),
                        quantity, 0, load.deposit(), BigDecimal.ZERO), (had, more) -> new SupplierContainer(
                        had.containerTypeId(), had.code(), had.name(), had.received() + more.received(), 0,
                        had.unitDeposit(), BigDecimal.ZERO));
            }
        }
        return byType.values().stream().filter(container -> container.received() > 0).toList();
    }

    /** The tenant's currency (ISO 4217). */
    public String currency() {
        return catalog.settings().currency();
    }

    /** What every amount a document computes is rounded to (0 for whole ariary). */
    public int moneyScale() {
        return catalog.settings().moneyScale();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
