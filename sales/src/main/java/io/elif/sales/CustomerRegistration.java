package io.elif.sales;

import io.elif.kernel.InvalidInputException;

import java.util.UUID;

/** Registers customers from outside the web adapter (bootstrap's demo data). A refused call writes nothing. */
public interface CustomerRegistration {

    /**
     * Registers the customer with every field, as a manager may.
     *
     * @return the new customer's id
     * @throws InvalidInputException          naming the field that breaks a rule
     * @throws DuplicateCustomerCodeException when the code given is taken, whatever its case
     */
    UUID register(NewCustomer customer);

    /** Whether the tenant has no customer yet but the walk-in customer its first migration created. */
    boolean onlyWalkIn();
}
