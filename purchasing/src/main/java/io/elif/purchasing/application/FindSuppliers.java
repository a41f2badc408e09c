package io.elif.purchasing.application;

import io.elif.catalog.ItemRef;
import io.elif.catalog.SaleItem;
import io.elif.kernel.NotFoundException;
import io.elif.purchasing.domain.Supplier;
import io.elif.purchasing.domain.SupplierProduct;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.UUID;

/** The tenant's suppliers and their offers as read; nothing here writes. */
@Service
@Transactional(readOnly = true)
public class FindSuppliers {

    private final Suppliers suppliers;
    private final io.elif.catalog.Catalog catalog;
    private final PurchasedItems items;

    FindSuppliers(Suppliers suppliers, io.elif.catalog.Catalog catalog, PurchasedItems items) {
        this.suppliers = suppliers;
        this.catalog = catalog;
        this.items = items;
    }

    /** @throws NotFoundException for an unknown id (or another tenant's) */
    public Supplier byId(UUID id) {
        return suppliers.find(id).orElseThrow(() -> new NotFoundException("supplier", id));
    }

    public SupplierPage search(SupplierSearch search) {
        return suppliers.search(search);
    }

    /** The supplier's offers with the products' SKU and name, in one catalogue query. */
    public List<OfferView> products(UUID supplierId) {
        byId(supplierId);
        var offers = suppliers.products(supplierId);
        var found = catalog.saleItems(offers.stream().map(offer -> new ItemRef(offer.productId(), offer.packId())).toList(),
                io.elif.catalog.PriceLevel.LEVEL_1, items.today());
        return offers.stream().map(offer -> {
            var item = found.stream().filter(candidate -> candidate.ref().equals(new ItemRef(offer.productId(), offer.packId())))
                    .findFirst();
            return new OfferView(offer, item.map(SaleItem::sku).orElse(""), item.map(SaleItem::name).orElse(""));
        }).toList();
    }

    /** An offer as a buyer reads it: with the product's SKU and name. */
    public record OfferView(SupplierProduct offer, String sku, String productName) {
    }
}
