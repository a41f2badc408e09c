package io.elif.purchasing.application;

import io.elif.catalog.Catalog;
import io.elif.catalog.ItemRef;
import io.elif.catalog.PriceLevel;
import io.elif.catalog.SaleItem;
import io.elif.kernel.InvalidInputException;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
