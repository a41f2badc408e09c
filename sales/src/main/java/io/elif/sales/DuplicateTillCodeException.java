package io.elif.sales;

import io.elif.kernel.Refusal;

import java.util.Map;

/** The till code is taken in this tenant, whatever its case: 409 {@code duplicate-code}, naming the {@code value}. */
public class DuplicateTillCodeException extends Refusal {

    public DuplicateTillCodeException(String code) {
        super(Kind.CONFLICT, "duplicate-code", "Code taken", "A till with code " + code + " exists already",
                Map.of("value", code), "code", null);
    }
}
