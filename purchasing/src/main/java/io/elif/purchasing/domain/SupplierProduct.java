package io.elif.purchasing.domain;

import io.elif.kernel.InvalidInputException;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;

/**
 * A supplier's offer of one product in one pack ({@code packId} null: the base unit): their reference for it, the cost
 * agreed with them and the last one paid (per pack, excluding tax), the fewest packs they take an order for and the
 * multiple they ship in (whole crates, whole pallets), the days an order takes to arrive, and whether they are the
 * product's preferred supplier (one per product).
 */
public record SupplierProduct(UUID id, UUID supplierId, UUID productId, UUID packId, int unitsPerPack, String reference,
                              BigDecimal agreedUnitCost, BigDecimal lastUnitCost, int minimumOrderQuantity,
                              int orderMultiple, int leadTimeDays, boolean preferred) {

    public static final int REFERENCE_MAX = 50;
    public static final int MAX_PACKS = 100_000;
    public static final int LEAD_TIME_MAX = 365;

    public SupplierProduct {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(supplierId, "supplierId");
        Objects.requireNonNull(productId, "productId");
        if (unitsPerPack < 1) {
            throw new InvalidInputException("packId", "a pack holds at least one base unit");
        }
        reference = Texts.oneLine(Texts.optional(reference, "reference", REFERENCE_MAX), "reference");
        agreedUnitCost = UnitCosts.checked(agreedUnitCost, "agreedUnitCost");
        lastUnitCost = UnitCosts.checked(lastUnitCost, "lastUnitCost");
        if (minimumOrderQuantity < 1 || minimumOrderQuantity > MAX_PACKS) {
            throw new InvalidInputException("minimumOrderQuantity", "must be 1 to " + MAX_PACKS + " packs");
        }
        if (orderMultiple < 1 || orderMultiple > MAX_PACKS) {
            throw new InvalidInputException("orderMultiple", "must be 1 to " + MAX_PACKS + " packs");
        }
        if (leadTimeDays < 0 || leadTimeDays > LEAD_TIME_MAX) {
            throw new InvalidInputException("leadTimeDays", "must be 0 to " + LEAD_TIME_MAX + " days");
        }
    }

    /** The same offer with the terms changed (product, pack and last cost stay). */
    public SupplierProduct change(Terms terms) {
        return new SupplierProduct(id, supplierId, productId, packId, unitsPerPack, terms.reference(),
                terms.agreedUnitCost(), lastUnitCost, terms.minimumOrderQuantity(), terms.orderMultiple(),
                terms.leadTimeDays(), terms.preferred());
    }

    /** The offer after a delivery paid this cost per pack. */
    public SupplierProduct paid(BigDecimal unitCost) {
        return new SupplierProduct(id, supplierId, productId, packId, unitsPerPack, reference, agreedUnitCost, unitCost,
                minimumOrderQuantity, orderMultiple, leadTimeDays, preferred);
    }

    /**
     * Refuses, naming the field, a quantity of packs this supplier does not take: below its minimum or not a whole
     * number of its multiple.
     */
    public void checkOrderable(long packs, String field) {
        if (packs < minimumOrderQuantity) {
            throw new InvalidInputException(field, "the supplier takes orders of at least " + minimumOrderQuantity + " packs");
        }
        if (packs % orderMultiple != 0) {
            throw new InvalidInputException(field, "the supplier ships multiples of " + orderMultiple + " packs");
        }
    }

    /** The smallest quantity of packs this supplier takes that covers {@code packs}: at least the minimum, a multiple. */
    public long roundedUp(long packs) {
        var atLeast = Math.max(packs, minimumOrderQuantity);
        return (atLeast + orderMultiple - 1) / orderMultiple * orderMultiple;
    }

    /** What a buyer sets on an offer. */
    public record Terms(String reference, BigDecimal agreedUnitCost, int minimumOrderQuantity, int orderMultiple,
                        int leadTimeDays, boolean preferred) {
    }
}
