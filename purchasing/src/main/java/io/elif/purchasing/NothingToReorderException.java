package io.elif.purchasing;

import io.elif.kernel.Refusal;

import java.util.Map;

/**
 * The supplier has no reorder suggestion (nothing is short, or what is short is on order already): 409
 * {@code nothing-to-reorder}. No order was created.
 */
public class NothingToReorderException extends Refusal {

    public NothingToReorderException(String supplier) {
        super(Kind.CONFLICT, "nothing-to-reorder", "Nothing to reorder",
                "Nothing is to be reordered from " + supplier + ": what is short is on order already", Map.of("supplier", supplier));
    }
}
