package io.elif.sales.adapter.web;

import io.elif.sales.adapter.web.SaleReturnController.DepositReversalResponse;
import io.elif.sales.adapter.web.SaleReturnController.ReturnedLineResponse;
import io.elif.sales.adapter.web.SaleReturnController.SaleReturnResponse;
import io.elif.sales.domain.SaleReturn;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import java.math.BigDecimal;
import java.util.List;

@Mapper
interface SaleReturnWebMapper {

    @Mapping(target = "createdBy", source = "created.by")
    @Mapping(target = "createdAt", source = "created.at")
    SaleReturnResponse toResponse(SaleReturn taken);

    List<SaleReturnResponse> toResponses(List<SaleReturn> returns);

    ReturnedLineResponse toResponse(SaleReturn.Line line);

    DepositReversalResponse toResponse(SaleReturn.DepositReversal deposit);

    /** Money travels as a decimal string, so that no client rounds it through a float. */
    default String amount(BigDecimal amount) {
        return amount == null ? null : amount.toPlainString();
    }
}
