package io.elif.sales.adapter.web;

import io.elif.kernel.Idempotent;
import io.elif.sales.adapter.web.PaymentResponses.AccountResponse;
import io.elif.sales.adapter.web.PaymentResponses.PaymentResponse;
import io.elif.sales.adapter.web.SaleRequests.PaymentBody;
import io.elif.sales.application.FindPayments;
import io.elif.sales.application.TakePayment;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.security.Principal;
import java.util.UUID;

/** Payments after a sale completed, on the sale or on account, and the customer's account. */
@Tag(name = "Payments", description = "Payments on completed sales and on account, and the customer's account with its ageing")
@RestController
class PaymentController {

    private static final String AMOUNT = "The amount never exceeds what is owed (400 naming `amount` with the figure "
            + "owed), except cash, where the excess is the change: the payment records what was owed, what was "
            + "tendered and the change. Mobile money needs the operator's transaction reference.";

    private final TakePayment takePayment;
    private final FindPayments findPayments;
    private final PaymentWebMapper mapper;

    PaymentController(TakePayment takePayment, FindPayments findPayments, PaymentWebMapper mapper) {
        this.takePayment = takePayment;
        this.findPayments = findPayments;
        this.mapper = mapper;
    }

    @Operation(summary = "Take a payment on a completed sale", description = AMOUNT, responses = {
            @ApiResponse(responseCode = "201", description = "The payment, allocated to the sale"),
            @ApiResponse(responseCode = "409", description = "The sale is not completed (`sale-state`)")})
    @Idempotent
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/api/sales/sales/{id}/payments")
    PaymentResponse payOnSale(@PathVariable UUID id, @Valid @RequestBody PaymentBody request, Principal user) {
        return mapper.toResponse(takePayment.onSale(id, request.toRequest(), user.getName()));
    }

    @Operation(summary = "Take a payment on account, allocated to the customer's oldest open sales first",
            description = AMOUNT, responses = {
            @ApiResponse(responseCode = "201", description = "The payment with the sales it settled")})
    @Idempotent
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/api/sales/customers/{id}/payments")
    PaymentResponse payOnAccount(@PathVariable UUID id, @Valid @RequestBody PaymentBody request, Principal user) {
        return mapper.toResponse(takePayment.onAccount(id, request.toRequest(), user.getName()));
    }

    @Operation(summary = "Read a customer's account: open sales, ageing, total owed and recent payments",
            description = "All derived from the completed sales and the payments' allocations; days overdue and "
                    + "ageing count from each sale's due date to the tenant's business day.")
    @GetMapping("/api/sales/customers/{id}/account")
    AccountResponse customerAccount(@PathVariable UUID id) {
        return mapper.toResponse(findPayments.account(id));
    }
}
