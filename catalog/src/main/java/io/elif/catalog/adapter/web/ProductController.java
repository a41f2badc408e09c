package io.elif.catalog.adapter.web;

import io.elif.catalog.Catalog;
import io.elif.catalog.CatalogEntryNotFoundException;
import io.elif.catalog.ProductNotFoundException;
import io.elif.catalog.ProductSearch;
import io.elif.catalog.adapter.web.ProductRequests.ChangeProductRequest;
import io.elif.catalog.adapter.web.ProductRequests.CreateProductRequest;
import io.elif.catalog.adapter.web.ProductResponses.BarcodeResponse;
import io.elif.catalog.adapter.web.ProductResponses.ProductDetailResponse;
import io.elif.catalog.adapter.web.ProductResponses.ProductPageResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.security.Principal;
import java.util.Locale;
import java.util.UUID;

@RestController
class ProductController {

    private final Catalog catalog;
    private final ProductWebMapper mapper;

    ProductController(Catalog catalog, ProductWebMapper mapper) {
        this.catalog = catalog;
        this.mapper = mapper;
    }

    @PostMapping("/api/catalog/products")
    ResponseEntity<ProductDetailResponse> create(@Valid @RequestBody CreateProductRequest request, Principal user) {
        var product = catalog.createProduct(mapper.toNewProduct(request), user.getName());
        // a path, never an absolute URL built from the request's untrusted Host header
        var location = URI.create("/api/catalog/products/" + product.id());
        return ResponseEntity.created(location).body(mapper.toResponse(product));
    }

    @GetMapping("/api/catalog/products/{id}")
    ProductDetailResponse get(@PathVariable UUID id) {
        return catalog.productDetail(id).map(mapper::toResponse).orElseThrow(() -> new ProductNotFoundException(id));
    }

    @PutMapping("/api/catalog/products/{id}")
    ProductDetailResponse change(@PathVariable UUID id, @Valid @RequestBody ChangeProductRequest request) {
        return mapper.toResponse(catalog.changeProduct(id, mapper.toChange(request)));
    }

    @PostMapping("/api/catalog/products/{id}/deactivate")
    ProductDetailResponse deactivate(@PathVariable UUID id) {
        return mapper.toResponse(catalog.deactivateProduct(id));
    }

    @PostMapping("/api/catalog/products/{id}/activate")
    ProductDetailResponse activate(@PathVariable UUID id) {
        return mapper.toResponse(catalog.activateProduct(id));
    }

    @GetMapping("/api/catalog/products")
    ProductPageResponse search(@RequestParam(defaultValue = "") @Size(max = 100) String q,
                               @RequestParam(required = false) UUID categoryId,
                               @RequestParam(required = false) Boolean active,
                               @RequestParam(required = false) Boolean sellable,
                               @RequestParam(defaultValue = "name") @Pattern(regexp = "name|sku|createdAt",
                                       message = "must be name, sku or createdAt") String sort,
                               @RequestParam(defaultValue = "asc") @Pattern(regexp = "asc|desc",
                                       message = "must be asc or desc") String direction,
                               @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                               @RequestParam(defaultValue = "20") @Min(1) @Max(Catalog.MAX_PAGE_SIZE) int size) {
        var order = ProductSearch.Sort.valueOf(sort.equals("createdAt") ? "CREATED_AT" : sort.toUpperCase(Locale.ROOT));
        return mapper.toResponse(catalog.searchProducts(new ProductSearch(q, categoryId, active, sellable, order,
                direction.equals("desc"), page, size)));
    }

    @GetMapping("/api/catalog/barcodes/{code}")
    BarcodeResponse barcode(@PathVariable String code) {
        return catalog.findByBarcode(code).map(mapper::toResponse)
                .orElseThrow(() -> new CatalogEntryNotFoundException("barcode", code));
    }
}
