package io.elif.sales.adapter.web;

import io.elif.sales.NewCustomer;
import io.elif.sales.adapter.web.CustomerRequests.ChangeCustomerRequest;
import io.elif.sales.adapter.web.CustomerRequests.CreateCustomerRequest;
import io.elif.sales.adapter.web.CustomerResponses.CustomerPageResponse;
import io.elif.sales.adapter.web.CustomerResponses.CustomerResponse;
import io.elif.sales.application.CustomerPage;
import io.elif.sales.application.CustomerView;
import io.elif.sales.domain.CustomerChange;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import java.math.BigDecimal;

@Mapper
interface CustomerWebMapper {

    NewCustomer toNewCustomer(CreateCustomerRequest request);

    CustomerChange toChange(ChangeCustomerRequest request);

    CustomerResponse toResponse(CustomerView customer);

    @Mapping(target = "totalPages", expression = "java(page.totalPages())")
    CustomerPageResponse toResponse(CustomerPage page);

    /** Money travels as a decimal string, so that no client rounds it through a float. */
    default String amount(BigDecimal amount) {
        return amount == null ? null : amount.toPlainString();
    }
}
