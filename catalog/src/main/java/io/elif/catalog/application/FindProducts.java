package io.elif.catalog.application;

import io.elif.catalog.BarcodeMatch;
import io.elif.catalog.ItemRef;
import io.elif.catalog.SaleItem;
import io.elif.catalog.PriceLevel;
import io.elif.kernel.NotFoundException;
import io.elif.catalog.ProductView;
import io.elif.catalog.domain.Gtin;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The catalogue's products as read, with the prices of the tenant's day; nothing here writes. */
@Service
@Transactional(readOnly = true)
public class FindProducts {

    private final Products products;
    private final Clock clock;

    FindProducts(Products products, Clock clock) {
        this.products = products;
        this.clock = clock;
    }

    public Optional<ProductView> view(UUID id) {
        return products.view(id, today());
    }

    /** The product with its packs, barcodes, today's prices and containers. */
    public Optional<ProductDetail> detail(UUID id) {
        return products.detail(id, today());
    }

    public ProductPage search(ProductSearch search) {
        return products.search(search, today());
    }

    /** The product or pack a barcode names; text that is no barcode names nothing. */
    public Optional<BarcodeMatch> byBarcode(String code) {
        return Gtin.scanned(code).flatMap(barcode -> products.byBarcode(barcode.code(), today()));
    }

    /** Newest first, future prices included. @throws NotFoundException for an unknown product */
    public List<PriceChange> priceHistory(UUID productId) {
        if (products.byId(productId).isEmpty()) {
            throw new NotFoundException("product", productId);
        }
        return products.priceHistory(productId);
    }

    /** Today's price of one base unit of each product at the level; products without one are left out. */
    public Map<UUID, BigDecimal> currentUnitPrices(Collection<UUID> productIds, PriceLevel level) {
        return productIds.isEmpty() ? Map.of() : products.currentPrices(productIds, null, level, today());
    }

    /** What a sale needs of each product and pack at the level on the date; one query. */
    public List<SaleItem> saleItems(Collection<ItemRef> items, PriceLevel level, LocalDate date) {
        return items.isEmpty() ? List.of() : products.saleItems(items, level, date);
    }

    public long count() {
        return products.count();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
