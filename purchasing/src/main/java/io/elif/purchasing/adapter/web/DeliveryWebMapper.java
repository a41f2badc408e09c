package io.elif.purchasing.adapter.web;

import io.elif.purchasing.adapter.web.DeliveryResponses.DeliveryLineResponse;
import io.elif.purchasing.adapter.web.DeliveryResponses.DeliveryPageResponse;
import io.elif.purchasing.adapter.web.DeliveryResponses.DeliveryResponse;
import io.elif.purchasing.application.DeliveryPage;
import io.elif.purchasing.domain.Delivery;
import io.elif.purchasing.domain.DeliveryLine;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import java.math.BigDecimal;

@Mapper
interface DeliveryWebMapper {

    @Mapping(target = "state", expression = "java(delivery.confirmed() ? \"CONFIRMED\" : \"DRAFT\")")
    DeliveryResponse toResponse(Delivery delivery);

    @Mapping(target = "baseUnits", expression = "java(line.baseUnits())")
    DeliveryLineResponse toResponse(DeliveryLine line);

    @Mapping(target = "totalPages", expression = "java(page.totalPages())")
    DeliveryPageResponse toResponse(DeliveryPage page);

    default String amount(BigDecimal amount) {
        return amount == null ? null : amount.toPlainString();
    }
}
