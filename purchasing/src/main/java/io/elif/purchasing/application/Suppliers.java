package io.elif.purchasing.application;

import io.elif.purchasing.domain.Supplier;
import io.elif.purchasing.domain.SupplierProduct;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The tenant's suppliers and their offers, as stored. */
public interface Suppliers {

    /** @throws io.elif.purchasing.DuplicateSupplierCodeException when the code is taken, whatever its case */
    void add(Supplier supplier);

    void update(Supplier supplier);

    Optional<Supplier> find(UUID id);

    /** The supplier, its row locked until the transaction ends. */
    Optional<Supplier> lock(UUID id);

    SupplierPage search(SupplierSearch search);

    /** @throws io.elif.purchasing.DuplicateSupplierProductException when the supplier lists the pack already */
    void addProduct(SupplierProduct product);

    void updateProduct(SupplierProduct product);

    Optional<SupplierProduct> product(UUID supplierId, UUID supplierProductId);

    /** The supplier's offer of the product in the pack (null: the base unit). */
    Optional<SupplierProduct> offer(UUID supplierId, UUID productId, UUID packId);

    List<SupplierProduct> products(UUID supplierId);

    /** The preferred offers of the products, by product. */
    List<SupplierProduct> preferred(Collection<UUID> productIds);

    /** Takes the preferred mark off the product's other offers (the caller marks its own). */
    void unprefer(UUID productId, UUID keptSupplierProductId);
}
