package io.elif.sales.adapter.web;

import io.elif.catalog.MoneyAmount;
import io.elif.catalog.PriceLevel;
import io.elif.sales.domain.Customer;
import io.elif.sales.domain.CustomerCode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/** The customer endpoints' request bodies; the domain checks the rest (trimmed lengths, the walk-in customer). */
final class CustomerRequests {

    private static final String PHONE_MESSAGE = "must be 3 to 30 digits, spaces, '+', '-', '(' or ')'";

    private CustomerRequests() {
    }

    /**
     * Code absent: the server gives the next {@code C-000001}. A clerk (SALES) sends the contact details only; the
     * terms, absent, get their defaults (level 1, 30 days, no credit).
     */
    record CreateCustomerRequest(
            @Pattern(regexp = CustomerCode.FORMAT, message = "must be 1 to 20 letters, digits or '-'") String code,
            @NotBlank @Size(max = Customer.NAME_MAX) String name,
            @Size(max = 30) @Pattern(regexp = "|" + Customer.PHONE_FORMAT, message = PHONE_MESSAGE) String phone,
            @Size(max = Customer.EMAIL_MAX) @Pattern(regexp = "|" + Customer.EMAIL_FORMAT,
                    message = "must be an email address") String email,
            @Size(max = Customer.ADDRESS_MAX) String address,
            PriceLevel priceLevel,
            @PaymentTerms Integer paymentTermsDays,
            @MoneyAmount BigDecimal creditLimit) {
    }

    /** Everything but the code, which never changes. */
    record ChangeCustomerRequest(
            @NotBlank @Size(max = Customer.NAME_MAX) String name,
            @Size(max = 30) @Pattern(regexp = "|" + Customer.PHONE_FORMAT, message = PHONE_MESSAGE) String phone,
            @Size(max = Customer.EMAIL_MAX) @Pattern(regexp = "|" + Customer.EMAIL_FORMAT,
                    message = "must be an email address") String email,
            @Size(max = Customer.ADDRESS_MAX) String address,
            @NotNull PriceLevel priceLevel,
            @NotNull @PaymentTerms Integer paymentTermsDays,
            @NotNull @MoneyAmount BigDecimal creditLimit) {
    }
}
