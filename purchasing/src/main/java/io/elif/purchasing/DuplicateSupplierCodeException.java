package io.elif.purchasing;

import io.elif.kernel.Refusal;

import java.util.Map;

/** The supplier code is taken in this tenant, whatever its case: 409 {@code duplicate-code}. Nothing was written. */
public class DuplicateSupplierCodeException extends Refusal {

    public DuplicateSupplierCodeException(String code) {
        super(Kind.CONFLICT, "duplicate-code", "Code taken", "A supplier with code " + code + " exists already",
                Map.of("value", code), "code", null);
    }
}
