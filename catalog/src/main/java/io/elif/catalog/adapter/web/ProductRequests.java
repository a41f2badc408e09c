package io.elif.catalog.adapter.web;

import io.elif.catalog.BaseUnit;
import io.elif.catalog.MoneyAmount;
import io.elif.catalog.PackSize;
import io.elif.catalog.PriceLevel;
import io.elif.catalog.Quantity;
import io.elif.catalog.domain.Pack;
import io.elif.catalog.domain.Product;
import io.elif.catalog.domain.Sku;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The product endpoints' request bodies; the domain checks barcodes (GTIN check digit) and cross-field rules. */
final class ProductRequests {

    static final int MAX_BARCODES = 20;

    private ProductRequests() {
    }

    record CreateProductRequest(
            @NotBlank @Pattern(regexp = Sku.FORMAT, message = "must be 1 to 40 letters, digits, '.', '-' or '_'") String sku,
            @NotBlank @Size(max = Product.NAME_MAX) String name,
            @Size(max = Product.DESCRIPTION_MAX) String description,
            @NotNull UUID categoryId,
            @NotNull UUID taxClassId,
            @NotNull BaseUnit baseUnit,
            @Quantity(min = 0) Long minimumStock,
            @Quantity(min = 0) Long maximumStock,
            @Size(max = Product.STORAGE_LOCATION_MAX) String storageLocation,
            @Size(max = MAX_BARCODES) List<@NotBlank String> barcodes,
            @NotNull Map<PriceLevel, @NotNull @MoneyAmount BigDecimal> prices) {
    }

    record ChangeProductRequest(
            @NotBlank @Size(max = Product.NAME_MAX) String name,
            @Size(max = Product.DESCRIPTION_MAX) String description,
            @NotNull UUID categoryId,
            @NotNull UUID taxClassId,
            @Quantity(min = 0) Long minimumStock,
            @Quantity(min = 0) Long maximumStock,
            @Size(max = Product.STORAGE_LOCATION_MAX) String storageLocation,
            @Size(max = MAX_BARCODES) List<@NotBlank String> barcodes) {
    }

    record PackRequest(@NotBlank @Size(max = Pack.NAME_MAX) String name,
                       @NotNull @PackSize Integer unitsPerPack,
                       String barcode,
                       Map<PriceLevel, @NotNull @MoneyAmount BigDecimal> prices) {
    }

    record ChangePackRequest(@NotBlank @Size(max = Pack.NAME_MAX) String name, String barcode) {
    }

    record PriceRequest(UUID packId, @NotNull PriceLevel level, @NotNull @MoneyAmount BigDecimal amount,
                        LocalDate validFrom) {
    }

    record ContainersRequest(UUID packId, @NotNull @Size(max = 20) List<@NotNull @Valid ContainerQuantityRequest> containers) {
    }

    record ContainerQuantityRequest(@NotNull UUID containerTypeId,
                                    @NotNull @Min(1) @Max(PackSize.MAX) Integer quantity) {
    }
}
