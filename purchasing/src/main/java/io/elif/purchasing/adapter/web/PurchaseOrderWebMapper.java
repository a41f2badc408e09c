package io.elif.purchasing.adapter.web;

import io.elif.purchasing.adapter.web.PurchaseOrderResponses.OrderLineResponse;
import io.elif.purchasing.adapter.web.PurchaseOrderResponses.OrderPageResponse;
import io.elif.purchasing.adapter.web.PurchaseOrderResponses.OrderResponse;
import io.elif.purchasing.adapter.web.PurchaseOrderResponses.OrderSupplierResponse;
import io.elif.purchasing.application.FindPurchaseOrders.OrderView;
import io.elif.purchasing.application.OrderPage;
import io.elif.purchasing.domain.OrderLine;
import io.elif.purchasing.domain.Supplier;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import java.math.BigDecimal;

@Mapper
interface PurchaseOrderWebMapper {

    @Mapping(target = ".", source = "order")
    @Mapping(target = "supplier", source = "supplier")
    @Mapping(target = "net", expression = "java(amount(view.order().totals().net()))")
    @Mapping(target = "tax", expression = "java(amount(view.order().totals().tax()))")
    @Mapping(target = "total", expression = "java(amount(view.order().totals().total()))")
    OrderResponse toResponse(OrderView view);

    OrderSupplierResponse toResponse(Supplier supplier);

    @Mapping(target = "outstanding", expression = "java(line.outstanding())")
    OrderLineResponse toResponse(OrderLine line);

    @Mapping(target = "totalPages", expression = "java(page.totalPages())")
    OrderPageResponse toResponse(OrderPage page);

    /** Money travels as a decimal string, so that no client rounds it through a float. */
    default String amount(BigDecimal amount) {
        return amount == null ? null : amount.toPlainString();
    }
}
