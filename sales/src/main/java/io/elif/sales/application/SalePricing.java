package io.elif.sales.application;

import io.elif.catalog.Catalog;
import io.elif.catalog.ItemRef;
import io.elif.catalog.PriceLevel;
import io.elif.catalog.SaleItem;
import io.elif.sales.domain.LineRequest;
import io.elif.sales.domain.MoneyUnit;
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
 * Prices a sale's lines from the catalogue, asked once for all of them, at the customer's level on the sale's date;
 * the rules of a line are {@link SaleLine#priced}'s. Runs inside the caller's transaction.
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

    List<SaleLine> price(List<LineRequest> requests, PriceLevel level, LocalDate date, boolean byManager, String actor,
                         Instant at) {
        var refs = requests.stream().map(line -> new ItemRef(line.productId(), line.packId())).toList();
        Map<ItemRef, SaleItem> items = catalog.saleItems(refs, level, date).stream()
                .collect(Collectors.toMap(SaleItem::ref, Function.identity(), (first, second) -> first));
        var pricing = new SaleLine.Pricing(level, new MoneyUnit(catalog.settings().moneyScale()), byManager, actor, at);
        return IntStream.range(0, requests.size())
                .mapToObj(index -> SaleLine.priced(index, requests.get(index), items.get(refs.get(index)), pricing))
                .toList();
    }
}
