package io.elif.sales.application;

import io.elif.sales.DuplicateCustomerCodeException;
import io.elif.sales.domain.Customer;
import io.elif.sales.domain.CustomerCode;

import java.util.Optional;
import java.util.UUID;

/** The tenant's customers, as stored. */
public interface Customers {

    /** @throws DuplicateCustomerCodeException when the code is taken, whatever its case */
    void add(Customer customer);

    void update(Customer customer);

    /** The customer locked against concurrent changes for the rest of the transaction. */
    Optional<Customer> lock(UUID id);

    Optional<CustomerView> view(UUID id);

    CustomerView walkIn();

    /** One query per page. */
    CustomerPage search(CustomerSearch search);

    /**
     * The next server-given code that no customer holds: the tenant's counter, locked until the transaction ends,
     * so that concurrent creations are given consecutive codes and never the same one.
     */
    CustomerCode nextCode();

    long count();
}
