package io.elif.sales.application;

import io.elif.kernel.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.UUID;

/** The tenant's customers as read; nothing here writes. */
@Service
@Transactional(readOnly = true)
public class FindCustomers {

    private final Customers customers;

    FindCustomers(Customers customers) {
        this.customers = customers;
    }

    /** @throws NotFoundException for an unknown id (or another tenant's) */
    public CustomerView byId(UUID id) {
        return customers.view(id).orElseThrow(() -> new NotFoundException("customer", id));
    }

    /** The customer of anonymous counter sales, which every tenant has. */
    public CustomerView walkIn() {
        return customers.walkIn();
    }

    public CustomerPage search(CustomerSearch search) {
        return customers.search(search);
    }
}
