package io.elif.catalog.application;

import io.elif.catalog.ContainerLoad;
import io.elif.catalog.ContainerQuantity;
import io.elif.kernel.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.HashSet;
import java.util.List;
import java.util.UUID;

/** Sets the returnable containers a product's base unit or one of its packs carries, e.g. 1 crate and 24 bottles. */
@Service
@Transactional
public class AttachContainers {

    private final Products products;
    private final ReferenceTables tables;
    private final ProductReferences references;

    AttachContainers(Products products, ReferenceTables tables) {
        this.products = products;
        this.tables = tables;
        this.references = new ProductReferences(products, tables);
    }

    public List<ContainerLoad> handle(UUID productId, UUID packId, List<ContainerQuantity> containers) {
        references.lockedProduct(productId);
        references.packOf(productId, packId);
        var existing = tables.existingContainerTypes(containers.stream().map(ContainerQuantity::containerTypeId).toList());
        var seen = new HashSet<UUID>();
        for (int i = 0; i < containers.size(); i++) {
            var container = containers.get(i);
            var field = "containers[" + i + "]";
            if (container.containerTypeId() == null || !existing.contains(container.containerTypeId())) {
                throw new InvalidInputException(field + ".containerTypeId", "no container type with this id");
            }
            if (!seen.add(container.containerTypeId())) {
                throw new InvalidInputException(field + ".containerTypeId", "is listed twice");
            }
            if (container.quantity() <= 0) {
                throw new InvalidInputException(field + ".quantity", "must be greater than 0");
            }
        }
        products.replaceContainers(productId, packId, containers);
        return products.containerLoads(productId, packId);
    }
}
