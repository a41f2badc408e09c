package io.elif.sales.adapter.web;

import io.elif.sales.adapter.web.ContainerController.ContainerBalanceResponse;
import io.elif.sales.adapter.web.ContainerController.ContainerReturnResponse;
import io.elif.sales.adapter.web.ContainerController.ReturnedLineResponse;
import io.elif.sales.domain.ContainerBalance;
import io.elif.sales.domain.ContainerReturn;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import java.math.BigDecimal;
import java.util.List;

@Mapper
interface ContainerWebMapper {

    @Mapping(target = "held", expression = "java(balance.held())")
    ContainerBalanceResponse toResponse(ContainerBalance balance);

    List<ContainerBalanceResponse> toBalances(List<ContainerBalance> balances);

    @Mapping(target = "createdBy", source = "created.by")
    @Mapping(target = "createdAt", source = "created.at")
    ContainerReturnResponse toResponse(ContainerReturn taken);

    List<ContainerReturnResponse> toReturns(List<ContainerReturn> returns);

    ReturnedLineResponse toResponse(ContainerReturn.Line line);

    /** Money travels as a decimal string with two decimals, so that no client rounds it through a float. */
    default String amount(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2).toPlainString();
    }
}
