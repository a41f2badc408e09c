package io.elif.purchasing.application;

import io.elif.inventory.Inventory;
import io.elif.inventory.StockLevel;
import io.elif.kernel.NotFoundException;
import io.elif.purchasing.NothingToReorderException;
import io.elif.purchasing.domain.Supplier;
import io.elif.purchasing.domain.SupplierProduct;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What to order, per supplier: for each product that fell below its minimum (and is below it still), enough packs of
 * its preferred supplier's offer to bring it up to its maximum (its minimum when it has none), minus what is on order
 * and not yet received, rounded up to the supplier's minimum and multiple. Computed when asked, so a shortfall an open
 * order covers is never suggested again, and the list is right after a restart.
 */
@Service
@Transactional(readOnly = true)
public class SuggestReorders {

    private final ReorderNeeds needs;
    private final Suppliers suppliers;
    private final PurchaseOrders orders;
    private final Inventory inventory;
    private final CreatePurchaseOrder createOrder;

    SuggestReorders(ReorderNeeds needs, Suppliers suppliers, PurchaseOrders orders, Inventory inventory,
                    CreatePurchaseOrder createOrder) {
        this.needs = needs;
        this.suppliers = suppliers;
        this.orders = orders;
        this.inventory = inventory;
        this.createOrder = createOrder;
    }

    /** A supplier's suggested lines. */
    public record SupplierSuggestion(UUID supplierId, String supplierCode, String supplierName, List<Line> lines) {
    }

    /**
     * @param shortfall base units missing to the target once what is on order arrives
     * @param packs     the supplier's packs suggested (covering the shortfall, within its minimum and multiple)
     * @param unitCost  per pack, excluding tax: the agreed cost, else the last paid; null when neither is known
     */
    public record Line(UUID productId, UUID packId, String sku, int unitsPerPack, long onHand, long minimumStock,
                       Long maximumStock, long onOrder, long shortfall, long packs, BigDecimal unitCost) {
    }

    /** Every supplier's suggestions, suppliers by name. Products without a preferred supplier are left out. */
    public List<SupplierSuggestion> suggestions() {
        var lines = lines();
        var bySupplier = lines.keySet().stream().map(suppliers::find).map(java.util.Optional::orElseThrow)
                .sorted(Comparator.comparing(Supplier::name, String.CASE_INSENSITIVE_ORDER)).toList();
        return bySupplier.stream().map(supplier -> new SupplierSuggestion(supplier.id(), supplier.code(), supplier.name(),
                lines.get(supplier.id()))).toList();
    }

    /**
     * A draft order of the supplier's suggested lines. The supplier's row is locked first, so two managers' clicks
     * make one order: the second finds the shortfall on order and is refused.
     *
     * @throws NothingToReorderException when the supplier has no suggestion
     */
    @Transactional
    public FindPurchaseOrders.OrderView order(UUID supplierId, String actor) {
        var supplier = suppliers.lock(supplierId).orElseThrow(() -> new NotFoundException("supplier", supplierId));
        var lines = lines().getOrDefault(supplierId, List.of());
        if (lines.isEmpty()) {
            throw new NothingToReorderException(supplier.code());
        }
        return createOrder.create(new CreatePurchaseOrder.NewOrder(supplierId, null, null, "Reorder of products below their minimum",
                lines.stream().map(line -> new OrderLineRequest(line.productId(), line.packId(), Math.toIntExact(line.packs()),
                        line.unitCost())).toList()), actor);
    }

    private Map<UUID, List<Line>> lines() {
        var all = needs.all();
        if (all.isEmpty()) {
            return Map.of();
        }
        var ids = all.stream().map(ReorderNeeds.Need::productId).toList();
        var levels = inventory.stockLevels(ids).stream().collect(Collectors.toMap(StockLevel::productId, Function.identity()));
        var onOrder = orders.onOrder(ids);
        var preferred = suppliers.preferred(ids).stream()
                .collect(Collectors.toMap(SupplierProduct::productId, Function.identity()));
        var lines = new LinkedHashMap<UUID, List<Line>>();
        for (var need : all) {
            var offer = preferred.get(need.productId());
            var level = levels.get(need.productId());
            if (offer == null || level == null || level.onHand() >= need.minimumStock()) {
                continue;
            }
            var target = need.maximumStock() == null ? need.minimumStock() : need.maximumStock();
            var coming = onOrder.getOrDefault(need.productId(), 0L);
            var shortfall = target - level.onHand() - coming;
            if (shortfall <= 0) {
                continue;
            }
            var packs = offer.roundedUp((shortfall + offer.unitsPerPack() - 1) / offer.unitsPerPack());
            var cost = offer.agreedUnitCost() != null ? offer.agreedUnitCost() : offer.lastUnitCost();
            lines.computeIfAbsent(offer.supplierId(), supplier -> new ArrayList<>()).add(new Line(need.productId(),
                    offer.packId(), need.sku(), offer.unitsPerPack(), level.onHand(), need.minimumStock(),
                    need.maximumStock(), coming, shortfall, packs, cost));
        }
        return lines;
    }
}
