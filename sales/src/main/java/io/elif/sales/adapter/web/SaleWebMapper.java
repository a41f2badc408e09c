package io.elif.sales.adapter.web;

import io.elif.sales.adapter.web.SaleRequests.DepositChoiceRequest;
import io.elif.sales.adapter.web.SaleRequests.SaleLineRequest;
import io.elif.sales.adapter.web.SaleResponses.SaleDepositResponse;
import io.elif.sales.adapter.web.SaleResponses.SaleLineResponse;
import io.elif.sales.adapter.web.SaleResponses.SalePageResponse;
import io.elif.sales.adapter.web.SaleResponses.LetterheadResponse;
import io.elif.sales.adapter.web.SaleResponses.ReceiptCustomerResponse;
import io.elif.sales.adapter.web.SaleResponses.SaleReceiptResponse;
import io.elif.sales.adapter.web.SaleResponses.SaleResponse;
import io.elif.sales.application.PrintSaleDocuments;
import io.elif.sales.application.SalePage;
import io.elif.sales.application.SalePayments;
import io.elif.sales.domain.LineRequest;
import io.elif.sales.domain.Sale;
import io.elif.sales.domain.SaleDeposit;
import io.elif.sales.domain.SaleLine;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import java.math.BigDecimal;
import java.util.List;

@Mapper
interface SaleWebMapper {

    List<LineRequest> toLines(List<SaleLineRequest> lines);

    @Mapping(target = "total", expression = "java(amount(sale.totals().total()))")
    @Mapping(target = "tax", expression = "java(amount(sale.totals().tax()))")
    @Mapping(target = "net", expression = "java(amount(sale.totals().net()))")
    @Mapping(target = "depositTotal", expression = "java(amount(sale.depositTotal()))")
    @Mapping(target = "payable", expression = "java(amount(sale.payable()))")
    @Mapping(target = "paid", source = "money.paid")
    @Mapping(target = "owed", source = "money.owed")
    @Mapping(target = "dueDate", source = "money.dueDate")
    @Mapping(target = "paymentStatus", source = "money.paymentStatus")
    @Mapping(target = "payments", source = "money.payments")
    @Mapping(target = "creditOverride", source = "money.creditOverride")
    SaleResponse toResponse(Sale sale, SalePayments money);

    SaleResponses.SalePaymentResponse toResponse(SalePayments.Line payment);

    /** @param sale the sale as {@code GET /api/sales/sales/{id}} answers it */
    default SaleReceiptResponse toReceipt(PrintSaleDocuments.SaleReceipt receipt, SaleResponse sale) {
        var customer = receipt.customer();
        var company = receipt.company();
        return new SaleReceiptResponse(sale,
                new ReceiptCustomerResponse(customer.id(), customer.code(), customer.name(), customer.phone(),
                        customer.walkIn()),
                new LetterheadResponse(company.name(), company.address(), company.phone(), company.taxId()),
                receipt.currency(), receipt.moneyScale());
    }

    /** No choices sent: every container consigned. */
    default List<SaleDeposit.Choice> toChoices(List<DepositChoiceRequest> choices) {
        return choices == null ? List.of() : choices.stream().map(this::toChoice).toList();
    }

    SaleDeposit.Choice toChoice(DepositChoiceRequest choice);

    SaleDepositResponse toResponse(SaleDeposit deposit);

    @Mapping(target = "priceOverride", source = "override")
    SaleLineResponse toResponse(SaleLine line);

    @Mapping(target = "totalPages", expression = "java(page.totalPages())")
    SalePageResponse toResponse(SalePage page);

    /** Money travels as a decimal string, so that no client rounds it through a float. */
    default String amount(BigDecimal amount) {
        return amount == null ? null : amount.toPlainString();
    }

    /** An absent count of exchanged or owed containers is none. */
    default long count(Long count) {
        return count == null ? 0 : count;
    }

    /** A missing quantity never gets here: the request's constraints refuse it first. */
    default int quantity(Integer quantity) {
        return quantity == null ? 0 : quantity;
    }
}
