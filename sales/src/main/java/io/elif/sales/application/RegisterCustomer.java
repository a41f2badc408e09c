package io.elif.sales.application;

import io.elif.sales.CustomerRegistration;
import io.elif.sales.NewCustomer;
import io.elif.sales.domain.Customer;
import io.elif.sales.domain.CustomerCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.UUID;

/**
 * Registers a customer: the code given (upper-cased, unique whatever the case) or the tenant's next
 * {@code C-000001}; a clerk gets the default terms, a manager sets them.
 */
@Service
@Transactional
public class RegisterCustomer implements CustomerRegistration {

    private final Customers customers;

    RegisterCustomer(Customers customers) {
        this.customers = customers;
    }

    /** @param byManager whether the caller may set commercial terms (a manager or an administrator) */
    public CustomerView register(NewCustomer request, boolean byManager) {
        var code = CustomerCode.absent(request.code()) ? null : CustomerCode.given(request.code());
        // a refusal after the number was taken rolls the counter back with the rest
        var customer = Customer.register(UUID.randomUUID(), code == null ? customers.nextCode() : code, request, byManager);
        customers.add(customer);
        return customers.view(customer.id()).orElseThrow();
    }

    @Override
    public UUID register(NewCustomer customer) {
        return register(customer, true).id();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean onlyWalkIn() {
        return customers.count() <= 1;
    }
}
