package io.elif.sales.adapter.web;

import io.elif.sales.adapter.web.PaymentResponses.AccountResponse;
import io.elif.sales.adapter.web.PaymentResponses.AccountSaleResponse;
import io.elif.sales.adapter.web.PaymentResponses.PaymentResponse;
import io.elif.sales.application.CustomerAccount;
import io.elif.sales.domain.Payment;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import java.math.BigDecimal;

@Mapper
interface PaymentWebMapper {

    @Mapping(target = "takenBy", source = "taken.by")
    @Mapping(target = "takenAt", source = "taken.at")
    PaymentResponse toResponse(Payment payment);

    AccountResponse toResponse(CustomerAccount account);

    AccountSaleResponse toResponse(CustomerAccount.OpenSaleLine sale);

    /** Money travels as a decimal string, so that no client rounds it through a float. */
    default String amount(BigDecimal amount) {
        return amount == null ? null : amount.toPlainString();
    }
}
