package io.elif.purchasing.adapter.web;

import io.elif.purchasing.adapter.web.SupplierResponses.SupplierPageResponse;
import io.elif.purchasing.adapter.web.SupplierResponses.SupplierProductResponse;
import io.elif.purchasing.adapter.web.SupplierResponses.SupplierResponse;
import io.elif.purchasing.application.FindSuppliers.OfferView;
import io.elif.purchasing.application.SupplierPage;
import io.elif.purchasing.domain.Supplier;
import io.elif.purchasing.domain.SupplierProduct;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import java.math.BigDecimal;

@Mapper
interface SupplierWebMapper {

    SupplierResponse toResponse(Supplier supplier);

    @Mapping(target = "totalPages", expression = "java(page.totalPages())")
    SupplierPageResponse toResponse(SupplierPage page);

    @Mapping(target = ".", source = "offer")
    SupplierProductResponse toResponse(OfferView view);

    default SupplierProductResponse toResponse(SupplierProduct offer, String sku, String productName) {
        return toResponse(new OfferView(offer, sku, productName));
    }

    /** Money travels as a decimal string, so that no client rounds it through a float. */
    default String amount(BigDecimal amount) {
        return amount == null ? null : amount.toPlainString();
    }
}
