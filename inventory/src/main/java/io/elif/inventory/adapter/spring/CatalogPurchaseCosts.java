package io.elif.inventory.adapter.spring;

import io.elif.catalog.Catalog;
import io.elif.catalog.ProductView;
import io.elif.inventory.application.PurchaseCosts;
import io.elif.inventory.domain.PurchaseTax;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.UUID;

/** The catalogue says whether costs are entered with tax (a tenant setting) and at which rate (the product's class). */
@Component
class CatalogPurchaseCosts implements PurchaseCosts {

    private final Catalog catalog;

    CatalogPurchaseCosts(Catalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public BigDecimal withoutTax(UUID productId, BigDecimal unitCost) {
        if (!catalog.settings().purchaseCostsIncludeTax()) {
            return unitCost;
        }
        return catalog.findProduct(productId).map(ProductView::taxRate)
                .map(rate -> PurchaseTax.excluded(unitCost, rate))
                .orElse(unitCost);
    }
}
