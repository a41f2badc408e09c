package io.elif.catalog.adapter.web;

import io.elif.catalog.BaseUnit;
import io.elif.catalog.CatalogSettings;
import io.elif.catalog.application.AdministerReferenceData;
import io.elif.catalog.domain.Currency;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.Arrays;
import java.util.List;

/** The tenant's catalogue settings and the fixed list of base units. */
@Tag(name = "Catalogue settings", description = "Currency, whether prices include tax, and the base units")
@RestController
class SettingsController {

    record SettingsRequest(@NotNull @Pattern(regexp = Currency.FORMAT, message = "must be 3 upper-case letters") String currency,
                           @NotNull Boolean salesPricesIncludeTax, @NotNull Boolean purchaseCostsIncludeTax) {
    }

    record UnitResponse(BaseUnit code, String name) {
    }

    private final AdministerReferenceData referenceData;

    SettingsController(AdministerReferenceData referenceData) {
        this.referenceData = referenceData;
    }

    @Operation(summary = "Read the catalogue settings")
    @GetMapping("/api/catalog/settings")
    CatalogSettings settings() {
        return referenceData.settings();
    }

    @Operation(summary = "Change the catalogue settings")
    @PutMapping("/api/catalog/settings")
    CatalogSettings change(@Valid @RequestBody SettingsRequest request) {
        return referenceData.changeSettings(new CatalogSettings(request.currency(), request.salesPricesIncludeTax(),
                request.purchaseCostsIncludeTax()));
    }

    @Operation(summary = "List the base units products are counted in")
    @GetMapping("/api/catalog/units")
    List<UnitResponse> units() {
        return Arrays.stream(BaseUnit.values()).map(unit -> new UnitResponse(unit, unit.displayName())).toList();
    }
}
