package io.elif.catalog.adapter.web;

import io.elif.kernel.NotFoundException;
import io.elif.catalog.adapter.web.ProductRequests.ChangeProductRequest;
import io.elif.catalog.adapter.web.ProductRequests.CreateProductRequest;
import io.elif.catalog.adapter.web.ProductResponses.BarcodeResponse;
import io.elif.catalog.adapter.web.ProductResponses.ProductDetailResponse;
import io.elif.catalog.adapter.web.ProductResponses.ProductPageResponse;
import io.elif.catalog.application.ChangeProduct;
import io.elif.catalog.application.CreateProduct;
import io.elif.catalog.application.FindProducts;
import io.elif.catalog.application.ProductSearch;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
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

@Tag(name = "Products", description = "The catalogue's products: search, create, change, activation, barcodes")
@RestController
class ProductController {

    /** The largest page a search returns; checked here, at the edge, and nowhere below. */
    static final int MAX_PAGE_SIZE = 100;

    private final CreateProduct createProduct;
    private final ChangeProduct changeProduct;
    private final FindProducts findProducts;
    private final ProductWebMapper mapper;

    ProductController(CreateProduct createProduct, ChangeProduct changeProduct, FindProducts findProducts,
                      ProductWebMapper mapper) {
        this.createProduct = createProduct;
        this.changeProduct = changeProduct;
        this.findProducts = findProducts;
        this.mapper = mapper;
    }

    @Operation(summary = "Create a product", responses = {
            @ApiResponse(responseCode = "201", description = "Created; Location names the new product"),
            @ApiResponse(responseCode = "409", description = "The SKU or a barcode is taken (`duplicate-sku`, "
                    + "`duplicate-barcode`)")})
    @PostMapping("/api/catalog/products")
    ResponseEntity<ProductDetailResponse> create(@Valid @RequestBody CreateProductRequest request, Principal user) {
        var product = createProduct.handle(mapper.toNewProduct(request), user.getName());
        // a path, never an absolute URL built from the request's untrusted Host header
        var location = URI.create("/api/catalog/products/" + product.id());
        return ResponseEntity.created(location).body(mapper.toResponse(product));
    }

    @Operation(summary = "Read a product")
    @GetMapping("/api/catalog/products/{id}")
    ProductDetailResponse get(@PathVariable UUID id) {
        return findProducts.detail(id).map(mapper::toResponse).orElseThrow(() -> new NotFoundException("product", id));
    }

    @Operation(summary = "Change a product", responses = {
            @ApiResponse(responseCode = "200", description = "The product as changed"),
            @ApiResponse(responseCode = "409", description = "A barcode is taken (`duplicate-barcode`)")})
    @PutMapping("/api/catalog/products/{id}")
    ProductDetailResponse change(@PathVariable UUID id, @Valid @RequestBody ChangeProductRequest request) {
        return mapper.toResponse(changeProduct.change(id, mapper.toChange(request)));
    }

    @Operation(summary = "Deactivate a product")
    @PostMapping("/api/catalog/products/{id}/deactivate")
    ProductDetailResponse deactivate(@PathVariable UUID id) {
        return mapper.toResponse(changeProduct.deactivate(id));
    }

    @Operation(summary = "Activate a product again")
    @PostMapping("/api/catalog/products/{id}/activate")
    ProductDetailResponse activate(@PathVariable UUID id) {
        return mapper.toResponse(changeProduct.activate(id));
    }

    @Operation(summary = "Search products by name, SKU or barcode, with filters, sorting and pages")
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
                               @RequestParam(defaultValue = "20") @Min(1) @Max(MAX_PAGE_SIZE) int size) {
        var order = ProductSearch.Sort.valueOf(sort.equals("createdAt") ? "CREATED_AT" : sort.toUpperCase(Locale.ROOT));
        return mapper.toResponse(findProducts.search(new ProductSearch(q, categoryId, active, sellable, order,
                direction.equals("desc"), page, size)));
    }

    @Operation(summary = "Find the product or pack a barcode belongs to")
    @GetMapping("/api/catalog/barcodes/{code}")
    BarcodeResponse barcode(@PathVariable String code) {
        return findProducts.byBarcode(code).map(mapper::toResponse)
                .orElseThrow(() -> new NotFoundException("barcode", code));
    }
}
