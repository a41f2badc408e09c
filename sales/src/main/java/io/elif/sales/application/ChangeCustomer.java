package io.elif.sales.application;

import io.elif.kernel.NotFoundException;
import io.elif.sales.domain.Customer;
import io.elif.sales.domain.CustomerChange;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.UUID;

/** Changes a customer's details and terms (never its code), or takes it off the desk and back. */
@Service
@Transactional
public class ChangeCustomer {

    private final Customers customers;

    ChangeCustomer(Customers customers) {
        this.customers = customers;
    }

    public CustomerView change(UUID id, CustomerChange change) {
        customers.update(locked(id).change(change));
        return view(id);
    }

    /** @throws io.elif.kernel.InvalidInputException for the walk-in customer, which stays active */
    public CustomerView deactivate(UUID id) {
        locked(id).deactivate().ifPresent(customers::update);
        return view(id);
    }

    public CustomerView activate(UUID id) {
        locked(id).activate().ifPresent(customers::update);
        return view(id);
    }

    private Customer locked(UUID id) {
        return customers.lock(id).orElseThrow(() -> new NotFoundException("customer", id));
    }

    private CustomerView view(UUID id) {
        return customers.view(id).orElseThrow();
    }
}
