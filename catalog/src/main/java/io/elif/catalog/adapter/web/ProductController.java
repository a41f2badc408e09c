package io.elif.catalog.adapter.web;

import io.elif.catalog.Catalog;
import io.elif.catalog.ProductNotFoundException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.UUID;

@RestController
@RequestMapping("/api/catalog/products")
class ProductController {

    private final Catalog catalog;
    private final ProductWebMapper mapper;

    ProductController(Catalog catalog, ProductWebMapper mapper) {
        this.catalog = catalog;
        this.mapper = mapper;
    }

    @PostMapping
    ResponseEntity<ProductResponse> create(@Valid @RequestBody CreateProductRequest request) {
        var product = catalog.createProduct(mapper.toNewProduct(request));
        var location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(product.id()).toUri();
        return ResponseEntity.created(location).body(mapper.toResponse(product));
    }

    @GetMapping("/{id}")
    ProductResponse get(@PathVariable UUID id) {
        return catalog.findProduct(id).map(mapper::toResponse).orElseThrow(() -> new ProductNotFoundException(id));
    }

    @GetMapping
    ProductPageResponse search(@RequestParam(defaultValue = "") @Size(max = 100) String q,
                               @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                               @RequestParam(defaultValue = "20") @Min(1) @Max(Catalog.MAX_PAGE_SIZE) int size) {
        return mapper.toResponse(catalog.searchProducts(q, page, size));
    }
}
