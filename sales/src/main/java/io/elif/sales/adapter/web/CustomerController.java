package io.elif.sales.adapter.web;

import io.elif.kernel.Idempotent;
import io.elif.sales.adapter.web.CustomerRequests.ChangeCustomerRequest;
import io.elif.sales.adapter.web.CustomerRequests.CreateCustomerRequest;
import io.elif.sales.adapter.web.CustomerResponses.CustomerPageResponse;
import io.elif.sales.adapter.web.CustomerResponses.CustomerResponse;
import io.elif.sales.application.ChangeCustomer;
import io.elif.sales.application.CustomerSearch;
import io.elif.sales.application.FindCustomers;
import io.elif.sales.application.RegisterCustomer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.UUID;

/**
 * Customers over HTTP. Who may call what is bootstrap's permission matrix; who may set commercial terms is the
 * domain's rule, told here whether the caller is a manager (MANAGER or ADMIN).
 */
@Tag(name = "Customers", description = "The tenant's customers: search, the walk-in customer, create, change, activation")
@RestController
class CustomerController {

    /** The largest page a search returns; checked here, at the edge, and nowhere below. */
    static final int MAX_PAGE_SIZE = 100;

    private final RegisterCustomer registerCustomer;
    private final ChangeCustomer changeCustomer;
    private final FindCustomers findCustomers;
    private final CustomerWebMapper mapper;

    CustomerController(RegisterCustomer registerCustomer, ChangeCustomer changeCustomer, FindCustomers findCustomers,
                       CustomerWebMapper mapper) {
        this.registerCustomer = registerCustomer;
        this.changeCustomer = changeCustomer;
        this.findCustomers = findCustomers;
        this.mapper = mapper;
    }

    @Operation(summary = "Search customers by name, code or phone, active or not, sorted by name then code")
    @GetMapping("/api/sales/customers")
    CustomerPageResponse searchCustomers(@RequestParam(defaultValue = "") @Size(max = 100) String q,
                                         @RequestParam(required = false) Boolean active,
                                         @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                                         @RequestParam(defaultValue = "20") @Min(1) @Max(MAX_PAGE_SIZE) int size) {
        return mapper.toResponse(findCustomers.search(new CustomerSearch(q, active, page, size)));
    }

    @Operation(summary = "Read the walk-in customer, who stands for anonymous counter sales")
    @GetMapping("/api/sales/customers/walk-in")
    CustomerResponse walkInCustomer() {
        return mapper.toResponse(findCustomers.walkIn());
    }

    @Operation(summary = "Read a customer")
    @GetMapping("/api/sales/customers/{id}")
    CustomerResponse getCustomer(@PathVariable UUID id) {
        return mapper.toResponse(findCustomers.byId(id));
    }

    @Operation(summary = "Register a customer (a clerk sends the contact details only; a manager also sets the terms)",
            description = "Without a code the server gives the next C-000001. A SALES user who sends priceLevel, "
                    + "paymentTermsDays or creditLimit is refused (400 naming the field); the terms get their "
                    + "defaults: LEVEL_1, 30 days, no credit.",
            responses = {
                    @ApiResponse(responseCode = "201", description = "Registered; Location names the new customer"),
                    @ApiResponse(responseCode = "409", description = "The code is taken, whatever its case (`duplicate-code`)")})
    @Idempotent
    @PostMapping("/api/sales/customers")
    ResponseEntity<CustomerResponse> createCustomer(@Valid @RequestBody CreateCustomerRequest request,
                                                    HttpServletRequest caller) {
        var customer = registerCustomer.register(mapper.toNewCustomer(request), Callers.isManager(caller));
        // a path, never an absolute URL built from the request's untrusted Host header
        return ResponseEntity.created(URI.create("/api/sales/customers/" + customer.id())).body(mapper.toResponse(customer));
    }

    @Operation(summary = "Change a customer's details and terms (never its code)", responses =
            @ApiResponse(responseCode = "200", description = "The customer as changed"))
    @PutMapping("/api/sales/customers/{id}")
    CustomerResponse changeCustomer(@PathVariable UUID id, @Valid @RequestBody ChangeCustomerRequest request) {
        return mapper.toResponse(changeCustomer.change(id, mapper.toChange(request)));
    }

    @Operation(summary = "Deactivate a customer (the walk-in customer stays active)")
    @PostMapping("/api/sales/customers/{id}/deactivate")
    CustomerResponse deactivateCustomer(@PathVariable UUID id) {
        return mapper.toResponse(changeCustomer.deactivate(id));
    }

    @Operation(summary = "Activate a customer again")
    @PostMapping("/api/sales/customers/{id}/activate")
    CustomerResponse activateCustomer(@PathVariable UUID id) {
        return mapper.toResponse(changeCustomer.activate(id));
    }
}
