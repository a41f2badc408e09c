package io.elif.catalog.adapter.web;

import io.elif.catalog.ContainerKind;
import io.elif.catalog.MoneyAmount;
import io.elif.catalog.TaxClass;
import io.elif.catalog.application.AdministerReferenceData;
import io.elif.catalog.domain.Category;
import io.elif.catalog.domain.ContainerType;
import io.elif.catalog.domain.ReferenceData;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** Categories, tax classes and returnable container types: the catalogue's small reference tables. */
@Tag(name = "Catalogue reference data", description = "Categories, tax classes and returnable container types")
@RestController
class ReferenceDataController {

    record CategoryRequest(@NotBlank @Size(max = ReferenceData.NAME_MAX) String name, Boolean sellable) {

        boolean isSellable() {
            return sellable == null || sellable;
        }
    }

    record TaxClassRequest(@NotBlank @Size(max = ReferenceData.NAME_MAX) String name,
                           @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal rate) {
    }

    record TaxClassResponse(UUID id, String name, String rate) {

        static TaxClassResponse of(TaxClass taxClass) {
            return new TaxClassResponse(taxClass.id(), taxClass.name(), Amounts.text(taxClass.rate()));
        }
    }

    record ContainerRequest(@NotBlank @Pattern(regexp = ReferenceData.CONTAINER_CODE_FORMAT,
                                    message = "must be 1 to 40 letters, digits, '.', '-' or '_'") String code,
                            @NotBlank @Size(max = ReferenceData.NAME_MAX) String name, @NotNull ContainerKind kind,
                            @NotNull @MoneyAmount BigDecimal deposit) {
    }

    record ContainerChangeRequest(@NotBlank @Size(max = ReferenceData.NAME_MAX) String name,
                                  @NotNull @MoneyAmount BigDecimal deposit) {
    }

    record ContainerResponse(UUID id, String code, String name, ContainerKind kind, String deposit) {

        static ContainerResponse of(ContainerType type) {
            return new ContainerResponse(type.id(), type.code(), type.name(), type.kind(), Amounts.text(type.deposit()));
        }
    }

    private final AdministerReferenceData referenceData;

    ReferenceDataController(AdministerReferenceData referenceData) {
        this.referenceData = referenceData;
    }

    @Operation(summary = "List the categories")
    @GetMapping("/api/catalog/categories")
    List<Category> categories() {
        return referenceData.categories();
    }

    @Operation(summary = "Create a category", responses =
            @ApiResponse(responseCode = "409", description = "The name is taken (`duplicate-category`)"))
    @PostMapping("/api/catalog/categories")
    @ResponseStatus(HttpStatus.CREATED)
    Category createCategory(@Valid @RequestBody CategoryRequest request) {
        return referenceData.createCategory(request.name(), request.isSellable());
    }

    @Operation(summary = "Change a category's name or whether its products are sellable", responses = {
            @ApiResponse(responseCode = "200", description = "The category as changed"),
            @ApiResponse(responseCode = "409", description = "The name is taken (`duplicate-category`)")})
    @PutMapping("/api/catalog/categories/{id}")
    Category changeCategory(@PathVariable UUID id, @Valid @RequestBody CategoryRequest request) {
        return referenceData.changeCategory(id, request.name(), request.isSellable());
    }

    @Operation(summary = "List the tax classes")
    @GetMapping("/api/catalog/tax-classes")
    List<TaxClassResponse> taxClasses() {
        return referenceData.taxClasses().stream().map(TaxClassResponse::of).toList();
    }

    @Operation(summary = "Create a tax class", responses =
            @ApiResponse(responseCode = "409", description = "The name is taken (`duplicate-tax-class`)"))
    @PostMapping("/api/catalog/tax-classes")
    @ResponseStatus(HttpStatus.CREATED)
    TaxClassResponse createTaxClass(@Valid @RequestBody TaxClassRequest request) {
        return TaxClassResponse.of(referenceData.createTaxClass(request.name(), request.rate()));
    }

    @Operation(summary = "Change a tax class's name or rate", responses = {
            @ApiResponse(responseCode = "200", description = "The tax class as changed"),
            @ApiResponse(responseCode = "409", description = "The name is taken (`duplicate-tax-class`)")})
    @PutMapping("/api/catalog/tax-classes/{id}")
    TaxClassResponse changeTaxClass(@PathVariable UUID id, @Valid @RequestBody TaxClassRequest request) {
        return TaxClassResponse.of(referenceData.changeTaxClass(id, request.name(), request.rate()));
    }

    @Operation(summary = "List the returnable container types with their deposits")
    @GetMapping("/api/catalog/containers")
    List<ContainerResponse> containers() {
        return referenceData.containerTypes().stream().map(ContainerResponse::of).toList();
    }

    @Operation(summary = "Create a returnable container type", responses =
            @ApiResponse(responseCode = "409", description = "The code is taken (`duplicate-container-code`)"))
    @PostMapping("/api/catalog/containers")
    @ResponseStatus(HttpStatus.CREATED)
    ContainerResponse createContainer(@Valid @RequestBody ContainerRequest request) {
        return ContainerResponse.of(referenceData.createContainerType(request.code(), request.name(), request.kind(), request.deposit()));
    }

    @Operation(summary = "Change a container type's name or deposit")
    @PutMapping("/api/catalog/containers/{id}")
    ContainerResponse changeContainer(@PathVariable UUID id, @Valid @RequestBody ContainerChangeRequest request) {
        return ContainerResponse.of(referenceData.changeContainerType(id, request.name(), request.deposit()));
    }
}
