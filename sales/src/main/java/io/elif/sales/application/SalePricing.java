package io.elif.sales.application;

import io.elif.catalog.Catalog;
import io.elif.catalog.ItemRef;
import io.elif.catalog.PriceLevel;
import io.elif.catalog.SaleItem;
import io.elif.sales.domain.LineRequest;
import io.elif.kernel.MoneyUnit;
import io.elif.sales.domain.SaleDeposit;
import io.elif.sales.domain.SaleLine;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Prices a sale's lines from the catalogue, asked once for all of them, at the customer's level on the sale's date,
 * and gives the deposit lines their containers carry; the rules are {@link SaleLine#priced}'s and
 * {@link SaleDeposit#of}'s. Runs inside the caller's transaction.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
class SalePricing {

    private final Catalog catalog;

    SalePricing(Catalog catalog) {
        this.catalog = catalog;
    }

    /** The tenant's money unit, which amounts are rounded to and payments are counted in. */
    MoneyUnit moneyUnit() {
        return new MoneyUnit(catalog.settings().moneyScale());
    }

    /** A sale's lines and the deposit lines they carry. */
    record Priced(List<SaleLine> lines, List<SaleDeposit> deposits) {
    }

    /**
     * @param choices what the clerk chose for the containers (the rest is consigned)
     * @param mayOwe  whether the customer may owe containers (not the walk-in customer)
     */
    Priced price(List<LineRequest> requests, List<SaleDeposit.Choice> choices, PriceLevel level, boolean mayOwe,
                 LocalDate date, boolean byManager, String actor, Instant at) {
        var refs = requests.stream().map(line -> new ItemRef(line.productId(), line.packId())).toList();
        Map<ItemRef, SaleItem> items = catalog.saleItems(refs, level, date).stream()
                .collect(Collectors.toMap(SaleItem::ref, Function.identity(), (first, second) -> first));
        var pricing = new SaleLine.Pricing(level, moneyUnit(), byManager, actor, at);
        var lines = IntStream.range(0, requests.size())
                .mapToObj(index -> SaleLine.priced(index, requests.get(index), items.get(refs.get(index)), pricing))
                .toList();
        var carried = IntStream.range(0, requests.size())
                .mapToObj(index -> new SaleDeposit.Carried(items.get(refs.get(index)).containers(), lines.get(index).quantity()))
                .toList();
        return new Priced(lines, SaleDeposit.of(carried, choices, mayOwe, pricing.unit()));
    }
}
