package io.elif.kernel;

import java.util.Objects;

/**
 * The tenant as its documents name it: the letterhead of its documents (an invoice, a purchase order). Only the name is required; the other fields
 * are printed when configured.
 *
 * @param taxId the company's tax registration as printed on its invoices (in Madagascar its NIF and STAT numbers)
 */
public record Company(String name, String address, String phone, String taxId) {

    public Company {
        Objects.requireNonNull(name, "name");
    }
}
