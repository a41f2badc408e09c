package io.elif.purchasing;

import io.elif.kernel.Refusal;

/** The supplier lists this product's pack already: 409 {@code duplicate-supplier-product}. Nothing was written. */
public class DuplicateSupplierProductException extends Refusal {

    public DuplicateSupplierProductException() {
        super(Kind.CONFLICT, "duplicate-supplier-product", "Listed already",
                "The supplier lists this product in this pack already; change that entry instead", java.util.Map.of(),
                "packId", null);
    }
}
