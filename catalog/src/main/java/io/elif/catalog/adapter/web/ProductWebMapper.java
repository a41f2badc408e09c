package io.elif.catalog.adapter.web;

import io.elif.catalog.BarcodeMatch;
import io.elif.catalog.ContainerQuantity;
import io.elif.catalog.NewPack;
import io.elif.catalog.NewProduct;
import io.elif.catalog.PriceLevel;
import io.elif.catalog.ProductView;
import io.elif.catalog.adapter.web.ProductRequests.ChangeProductRequest;
import io.elif.catalog.adapter.web.ProductRequests.ContainerQuantityRequest;
import io.elif.catalog.adapter.web.ProductRequests.CreateProductRequest;
import io.elif.catalog.adapter.web.ProductRequests.PackRequest;
import io.elif.catalog.adapter.web.ProductRequests.PriceRequest;
import io.elif.catalog.adapter.web.ProductResponses.BarcodeResponse;
import io.elif.catalog.adapter.web.ProductResponses.ContainerLoadResponse;
import io.elif.catalog.adapter.web.ProductResponses.PackResponse;
import io.elif.catalog.adapter.web.ProductResponses.PriceChangeResponse;
import io.elif.catalog.adapter.web.ProductResponses.ProductDetailResponse;
import io.elif.catalog.adapter.web.ProductResponses.ProductPageResponse;
import io.elif.catalog.adapter.web.ProductResponses.ProductSummaryResponse;
import io.elif.catalog.ContainerLoad;
import io.elif.catalog.application.PackView;
import io.elif.catalog.application.PriceChange;
import io.elif.catalog.application.ProductDetail;
import io.elif.catalog.application.ProductPage;
import io.elif.catalog.domain.NewPrice;
import io.elif.catalog.domain.ProductChange;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

@Mapper
interface ProductWebMapper {

    @Mapping(target = "minimumStock", defaultValue = "0L")
    NewProduct toNewProduct(CreateProductRequest request);

    @Mapping(target = "minimumStock", defaultValue = "0L")
    ProductChange toChange(ChangeProductRequest request);

    NewPack toNewPack(PackRequest request);

    NewPrice toNewPrice(PriceRequest request);

    ContainerQuantity toContainerQuantity(ContainerQuantityRequest request);

    List<ContainerQuantity> toContainerQuantities(List<ContainerQuantityRequest> requests);

    ProductSummaryResponse toResponse(ProductView product);

    @Mapping(target = "totalPages", expression = "java(page.totalPages())")
    ProductPageResponse toResponse(ProductPage page);

    @Mapping(target = "price", expression = "java(amount(product.price()))")
    ProductDetailResponse toResponse(ProductDetail product);

    PackResponse toResponse(PackView pack);

    ContainerLoadResponse toResponse(ContainerLoad load);

    List<ContainerLoadResponse> toLoadResponses(List<ContainerLoad> loads);

    PriceChangeResponse toResponse(PriceChange change);

    List<PriceChangeResponse> toPriceResponses(List<PriceChange> changes);

    BarcodeResponse toResponse(BarcodeMatch match);

    default String amount(BigDecimal amount) {
        return Amounts.text(amount);
    }

    default Map<PriceLevel, String> amounts(Map<PriceLevel, BigDecimal> prices) {
        return Amounts.texts(prices);
    }
}
