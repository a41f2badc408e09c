package io.elif.catalog.adapter.web;

import io.elif.catalog.NewProduct;
import io.elif.catalog.ProductPage;
import io.elif.catalog.ProductView;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper
interface ProductWebMapper {

    NewProduct toNewProduct(CreateProductRequest request);

    ProductResponse toResponse(ProductView product);

    @Mapping(target = "totalPages", expression = "java(page.totalPages())")
    ProductPageResponse toResponse(ProductPage page);
}
