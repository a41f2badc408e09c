package io.elif.purchasing.adapter.web;

import io.elif.kernel.Idempotent;
import io.elif.purchasing.adapter.web.SupplierRequests.ChangeSupplierRequest;
import io.elif.purchasing.adapter.web.SupplierRequests.CreateSupplierRequest;
import io.elif.purchasing.adapter.web.SupplierRequests.SupplierProductRequest;
import io.elif.purchasing.adapter.web.SupplierRequests.SupplierProductTermsRequest;
import io.elif.purchasing.adapter.web.SupplierResponses.SupplierPageResponse;
import io.elif.purchasing.adapter.web.SupplierResponses.SupplierProductResponse;
import io.elif.purchasing.adapter.web.SupplierResponses.SupplierResponse;
import io.elif.purchasing.application.AdministerSuppliers;
import io.elif.purchasing.application.FindSuppliers;
import io.elif.purchasing.application.SupplierSearch;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import java.util.List;
import java.util.UUID;

/** Suppliers and what they sell over HTTP. Who may call what is bootstrap's permission matrix. */
@Tag(name = "Suppliers", description = "The tenant's suppliers: search, create, change, activation, their products and costs")
@RestController
class SupplierController {

    /** The largest page a search returns; checked here, at the edge, and nowhere below. */
    static final int MAX_PAGE_SIZE = 100;

    private final AdministerSuppliers administer;
    private final FindSuppliers find;
    private final SupplierWebMapper mapper;

    SupplierController(AdministerSuppliers administer, FindSuppliers find, SupplierWebMapper mapper) {
        this.administer = administer;
        this.find = find;
        this.mapper = mapper;
    }

    @Operation(summary = "Search suppliers by name, code, contact or phone, active or not, sorted by name then code")
    @GetMapping("/api/purchasing/suppliers")
    SupplierPageResponse searchSuppliers(@RequestParam(defaultValue = "") @Size(max = 100) String q,
                                         @RequestParam(required = false) Boolean active,
                                         @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                                         @RequestParam(defaultValue = "20") @Min(1) @Max(MAX_PAGE_SIZE) int size) {
        return mapper.toResponse(find.search(new SupplierSearch(q, active, page, size)));
    }

    @Operation(summary = "Read a supplier")
    @GetMapping("/api/purchasing/suppliers/{id}")
    SupplierResponse getSupplier(@PathVariable UUID id) {
        return mapper.toResponse(find.byId(id));
    }

    @Operation(summary = "Register a supplier (terms absent: 30 days; currency absent: the tenant's)", responses = {
            @ApiResponse(responseCode = "201", description = "Registered; Location names the new supplier"),
            @ApiResponse(responseCode = "409", description = "The code is taken, whatever its case (`duplicate-code`)")})
    @Idempotent
    @PostMapping("/api/purchasing/suppliers")
    ResponseEntity<SupplierResponse> createSupplier(@Valid @RequestBody CreateSupplierRequest request) {
        var supplier = administer.register(request.details());
        return ResponseEntity.created(URI.create("/api/purchasing/suppliers/" + supplier.id())).body(mapper.toResponse(supplier));
    }

    @Operation(summary = "Change a supplier's details and terms (never its code)")
    @PutMapping("/api/purchasing/suppliers/{id}")
    SupplierResponse changeSupplier(@PathVariable UUID id, @Valid @RequestBody ChangeSupplierRequest request) {
        return mapper.toResponse(administer.change(id, request.details()));
    }

    @Operation(summary = "Deactivate a supplier: no new orders to it; its history stays")
    @PostMapping("/api/purchasing/suppliers/{id}/deactivate")
    SupplierResponse deactivateSupplier(@PathVariable UUID id) {
        return mapper.toResponse(administer.deactivate(id));
    }

    @Operation(summary = "Activate a supplier again")
    @PostMapping("/api/purchasing/suppliers/{id}/activate")
    SupplierResponse activateSupplier(@PathVariable UUID id) {
        return mapper.toResponse(administer.activate(id));
    }

    @Operation(summary = "The products a supplier sells, with their packs, costs, minimum, multiple and lead time")
    @GetMapping("/api/purchasing/suppliers/{id}/products")
    List<SupplierProductResponse> supplierProducts(@PathVariable UUID id) {
        return find.products(id).stream().map(mapper::toResponse).toList();
    }

    @Operation(summary = "List a product's pack (packId absent: the base unit) with the supplier", responses = {
            @ApiResponse(responseCode = "201", description = "Listed; marked preferred, it took the mark from the "
                    + "product's other suppliers"),
            @ApiResponse(responseCode = "409", description = "The supplier lists this pack already "
                    + "(`duplicate-supplier-product`)")})
    @PostMapping("/api/purchasing/suppliers/{id}/products")
    ResponseEntity<SupplierProductResponse> addSupplierProduct(@PathVariable UUID id,
                                                               @Valid @RequestBody SupplierProductRequest request) {
        var offer = administer.addProduct(id, request.productId(), request.packId(), request.terms());
        var view = find.products(id).stream().filter(candidate -> candidate.offer().id().equals(offer.id())).findFirst()
                .orElseThrow();
        return ResponseEntity.created(URI.create("/api/purchasing/suppliers/" + id + "/products/" + offer.id()))
                .body(mapper.toResponse(view));
    }

    @Operation(summary = "Change the terms a supplier sells a product on (never its product or pack)")
    @PutMapping("/api/purchasing/suppliers/{id}/products/{supplierProductId}")
    SupplierProductResponse changeSupplierProduct(@PathVariable UUID id, @PathVariable UUID supplierProductId,
                                                  @Valid @RequestBody SupplierProductTermsRequest request) {
        var offer = administer.changeProduct(id, supplierProductId, request.terms());
        return find.products(id).stream().filter(candidate -> candidate.offer().id().equals(offer.id())).findFirst()
                .map(mapper::toResponse).orElseThrow();
    }
}
