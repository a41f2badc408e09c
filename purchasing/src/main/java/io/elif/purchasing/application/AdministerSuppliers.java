package io.elif.purchasing.application;

import io.elif.catalog.ItemRef;
import io.elif.kernel.InvalidInputException;
import io.elif.kernel.NotFoundException;
import io.elif.purchasing.domain.Supplier;
import io.elif.purchasing.domain.SupplierProduct;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.UUID;

/** A buyer's work on suppliers and what they sell. */
@Service
@Transactional
public class AdministerSuppliers {

    private final Suppliers suppliers;
    private final PurchasedItems items;

    AdministerSuppliers(Suppliers suppliers, PurchasedItems items) {
        this.suppliers = suppliers;
        this.items = items;
    }

    public Supplier register(Supplier.SupplierDetails details) {
        var supplier = Supplier.register(UUID.randomUUID(), details, items.currency());
        suppliers.add(supplier);
        return supplier;
    }

    public Supplier change(UUID id, Supplier.SupplierDetails details) {
        var changed = locked(id).change(details);
        suppliers.update(changed);
        return changed;
    }

    public Supplier deactivate(UUID id) {
        var supplier = locked(id);
        return supplier.deactivate().map(this::updated).orElse(supplier);
    }

    public Supplier activate(UUID id) {
        var supplier = locked(id);
        return supplier.activate().map(this::updated).orElse(supplier);
    }

    /**
     * Lists a product's pack (null: the base unit) with the supplier. Marked preferred, it takes the mark from the
     * product's other offers.
     */
    public SupplierProduct addProduct(UUID supplierId, UUID productId, UUID packId, SupplierProduct.Terms terms) {
        locked(supplierId);
        var item = items.known(List.of(new ItemRef(productId, packId)), i -> "").get(new ItemRef(productId, packId));
        var product = new SupplierProduct(UUID.randomUUID(), supplierId, productId, packId, item.unitsPerPack(),
                terms.reference(), terms.agreedUnitCost(), null, terms.minimumOrderQuantity(), terms.orderMultiple(),
                terms.leadTimeDays(), terms.preferred());
        if (product.preferred()) {
            suppliers.unprefer(productId, product.id());
        }
        suppliers.addProduct(product);
        return product;
    }

    public SupplierProduct changeProduct(UUID supplierId, UUID supplierProductId, SupplierProduct.Terms terms) {
        locked(supplierId);
        var product = suppliers.product(supplierId, supplierProductId)
                .orElseThrow(() -> new NotFoundException("supplier product", supplierProductId));
        var changed = product.change(terms);
        if (changed.preferred()) {
            suppliers.unprefer(changed.productId(), changed.id());
        }
        suppliers.updateProduct(changed);
        return changed;
    }

    private Supplier locked(UUID id) {
        return suppliers.lock(id).orElseThrow(() -> new NotFoundException("supplier", id));
    }

    private Supplier updated(Supplier supplier) {
        suppliers.update(supplier);
        return supplier;
    }

    static void requireActive(Supplier supplier, String field) {
        if (!supplier.active()) {
            throw new InvalidInputException(field, "the supplier is inactive");
        }
    }
}
