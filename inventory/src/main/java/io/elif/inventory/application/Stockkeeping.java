package io.elif.inventory.application;

import io.elif.inventory.domain.MovementKind;
import io.elif.catalog.Catalog;
import io.elif.catalog.ProductView;
import io.elif.inventory.InsufficientStockException;
import io.elif.kernel.InvalidInputException;
import io.elif.inventory.StockFellBelowMinimum;
import io.elif.inventory.domain.Fefo;
import io.elif.inventory.domain.Location;
import io.elif.inventory.domain.NegativeStock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.LongSupplier;

/**
 * Stockkeeping, the application's rule of stock in and out, over the {@link StockLedger} (the driven port over the
 * tables): the one way stock goes in and out. It resolves locations, keeps lots' best-before dates single, takes stock
 * first-expired-first-out, honours the warehouse's negative-stock setting and watches the minimum. The use cases
 * call it inside their transaction (it never opens one itself).
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class Stockkeeping {

    private final StockLedger ledger;
    private final Warehouses warehouses;
    private final InventoryEvents events;
    private final Catalog catalog;
    private final Clock clock;

    Stockkeeping(StockLedger ledger, Warehouses warehouses, InventoryEvents events, Catalog catalog, Clock clock) {
        this.ledger = ledger;
        this.warehouses = warehouses;
        this.events = events;
        this.catalog = catalog;
        this.clock = clock;
    }

    /**
     * What covers a quantity of which the free stock covers {@code allocation}: its takes, and where the warehouse
     * allows negative stock ({@link NegativeStock}) the rest from {@code fallbackBalance}.
     *
     * @throws InsufficientStockException when the free stock falls short and the warehouse does not allow negative stock
     */
    public List<Fefo.Take> cover(UUID productId, long quantity, Fefo.Allocation allocation, Location location,
                                 LongSupplier fallbackBalance) {
        return NegativeStock.cover(allocation, location.allowNegativeStock(), fallbackBalance)
                .orElseThrow(() -> shortfall(productId, quantity, allocation.covered()));
    }

    /** The refusal of a shortfall, naming the product as the clerk knows it (its name and SKU). */
    public InsufficientStockException shortfall(UUID productId, long requested, long available) {
        var product = catalog.findProduct(productId);
        return new InsufficientStockException(productId, product.map(ProductView::sku).orElse(null),
                product.map(ProductView::name).orElse(null), requested, available);
    }

    /** The inventory's business day: best-before dates, expiry and document years all count from it. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The location (the default one when {@code locationId} is null), which must exist and be in use. */
    public Location location(UUID locationId, String field) {
        if (locationId == null) {
            return warehouses.defaultLocation();
        }
        var location = warehouses.location(locationId)
                .orElseThrow(() -> new InvalidInputException(field, "is not a location of this company"));
        if (!location.inUse()) {
            throw new InvalidInputException(field, "is a location no longer in use");
        }
        return location;
    }

    /** Books stock in; a known lot keeps its best-before date. */
    public StockLedger.Total put(StockLedger.Posting posting, String lotField) {
        ledger.lockCards(List.of(posting.productId()));
        if (!posting.lot().isEmpty()) {
            var recorded = ledger.registerLot(posting.productId(), posting.lot(), posting.bestBefore());
            if (recorded.isPresent() && !recorded.get().equals(posting.bestBefore()) && posting.bestBefore() != null) {
                throw new InvalidInputException(lotField, "lot " + posting.lot() + " has the best-before date " + recorded.get());
            }
            posting = new StockLedger.Posting(posting.productId(), posting.locationId(), posting.lot(), recorded.orElse(null),
                    posting.quantity(), posting.kind(), posting.reference(), posting.reason(), posting.actor());
        }
        return ledger.increase(posting);
    }

    /**
     * Takes a quantity of a product out of a location: from the given lot, or first-expired-first-out over its lots.
     * Where the warehouse allows negative stock, what is missing is taken from the stock without a lot.
     *
     * @throws InsufficientStockException when the free stock does not cover it (nothing is taken)
     */
    public List<StockLedger.Taken> take(UUID productId, Location location, String lot, long quantity, MovementKind kind,
                                        String reference, String reason, String actor) {
        ledger.lockCards(List.of(productId));
        var candidates = ledger.lockFreeAtLocation(productId, location.locationId(), null);
        if (lot != null) {
            candidates = candidates.stream().filter(candidate -> candidate.lot().equals(lot)).toList();
        }
        var allocation = Fefo.allocate(candidates, quantity);
        var takes = cover(productId, quantity, allocation, location,
                () -> ledger.balance(productId, location.locationId(), lot == null ? "" : lot));
        var taken = new ArrayList<StockLedger.Taken>();
        for (var take : takes) {
            var done = ledger.decrease(take.balanceId(), take.quantity(), kind, reference, reason, actor)
                    .orElseThrow(() -> shortfall(productId, quantity, allocation.covered()));
            watchMinimum(done.total(), done.quantity(), kind);
            taken.add(done);
        }
        return taken;
    }

    /** Publishes StockFellBelowMinimum when this decrease crossed the minimum; transfers only move stock around. */
    public void watchMinimum(StockLedger.Total after, long decreasedBy, MovementKind kind) {
        if (kind == MovementKind.TRANSFER_OUT || after.minimumStock() <= 0) {
            return;
        }
        var before = after.onHand() + decreasedBy;
        if (before >= after.minimumStock() && after.onHand() < after.minimumStock()) {
            events.stockFellBelowMinimum(new StockFellBelowMinimum(after.productId(), after.sku(), after.onHand(),
                    after.minimumStock(), after.maximumStock()));
        }
    }
}
