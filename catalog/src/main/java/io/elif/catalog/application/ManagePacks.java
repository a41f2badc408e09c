package io.elif.catalog.application;

import io.elif.kernel.NotFoundException;
import io.elif.catalog.NewPack;
import io.elif.catalog.domain.Pack;
import io.elif.catalog.domain.PriceEntry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/** Adds packs to a product (with their first prices) and renames them or changes their barcode. */
@Service
@Transactional
public class ManagePacks {

    private final Products products;
    private final ProductReferences references;
    private final Clock clock;

    ManagePacks(Products products, ReferenceTables tables, Clock clock) {
        this.products = products;
        this.references = new ProductReferences(products, tables);
        this.clock = clock;
    }

    public PackView add(UUID productId, NewPack request, String createdBy) {
        var today = LocalDate.now(clock);
        references.lockedProduct(productId);
        var pack = Pack.create(productId, request);
        var prices = PriceEntry.initial(pack.id(), request.prices(), false, today);
        products.addPack(pack);
        products.addPrices(productId, prices, createdBy);
        return view(productId, pack.id(), today);
    }

    public PackView change(UUID productId, UUID packId, String name, String barcode) {
        references.lockedProduct(productId);
        var pack = products.pack(productId, packId).orElseThrow(() -> new NotFoundException("pack", packId));
        products.updatePack(pack.change(name, barcode));
        return view(productId, packId, LocalDate.now(clock));
    }

    private PackView view(UUID productId, UUID packId, LocalDate today) {
        return products.detail(productId, today).map(ProductDetail::packs).orElseThrow().stream()
                .filter(pack -> pack.id().equals(packId)).findFirst().orElseThrow();
    }
}
