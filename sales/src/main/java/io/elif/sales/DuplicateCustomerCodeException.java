package io.elif.sales;

import io.elif.kernel.Refusal;

import java.util.Map;

/**
 * The customer code is taken in this tenant, whatever its case: 409 {@code duplicate-code}, the type warehouse and
 * location codes are refused with, naming the {@code value}. Nothing was written.
 */
public class DuplicateCustomerCodeException extends Refusal {

    public DuplicateCustomerCodeException(String code) {
        super(Kind.CONFLICT, "duplicate-code", "Code taken", "A customer with code " + code + " exists already",
                Map.of("value", code), "code", null);
    }
}
