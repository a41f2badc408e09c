package io.elif.inventory.adapter.web;

import io.elif.inventory.Warehouse;
import io.elif.inventory.application.AdministerWarehouses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/** Warehouses and their locations. */
@Tag(name = "Warehouses", description = "Warehouses and their locations")
@RestController
@RequestMapping("/api/inventory/warehouses")
class WarehouseController {

    record NewWarehouseRequest(@NotBlank @Size(max = 20) String code, @NotBlank @Size(max = 100) String name,
                               Boolean allowNegativeStock) {
    }

    record WarehouseChangeRequest(@NotBlank @Size(max = 100) String name, @NotNull Boolean allowNegativeStock,
                                  @NotNull Boolean active) {
    }

    record NewLocationRequest(@NotBlank @Size(max = 20) String code, @NotBlank @Size(max = 100) String name) {
    }

    record LocationChangeRequest(@NotBlank @Size(max = 100) String name, @NotNull Boolean active) {
    }

    private final AdministerWarehouses administration;

    WarehouseController(AdministerWarehouses administration) {
        this.administration = administration;
    }

    @Operation(summary = "List the warehouses with their locations")
    @GetMapping
    List<Warehouse> warehouses() {
        return administration.warehouses();
    }

    @Operation(summary = "Create a warehouse", responses = {
            @ApiResponse(responseCode = "201", description = "Created; Location names it"),
            @ApiResponse(responseCode = "409", description = "The code is taken (`duplicate-code`)")})
    @PostMapping
    ResponseEntity<Warehouse> create(@Valid @RequestBody NewWarehouseRequest request) {
        var warehouse = administration.createWarehouse(request.code(), request.name(),
                Boolean.TRUE.equals(request.allowNegativeStock()));
        // paths, never absolute URLs built from the request's untrusted Host header
        var location = URI.create("/api/inventory/warehouses/" + warehouse.id());
        return ResponseEntity.created(location).body(warehouse);
    }

    @Operation(summary = "Change a warehouse's name, negative stock setting and whether it is in use", responses = {
            @ApiResponse(responseCode = "200", description = "The warehouse as changed"),
            @ApiResponse(responseCode = "409", description = "The default warehouse stays in use, or negative stock "
                    + "is still held when forbidding it (`stock-state`)")})
    @PutMapping("/{id}")
    Warehouse update(@PathVariable UUID id, @Valid @RequestBody WarehouseChangeRequest request) {
        return administration.updateWarehouse(id, request.name(), request.allowNegativeStock(), request.active());
    }

    @Operation(summary = "Add a location (a bin) to a warehouse", responses = {
            @ApiResponse(responseCode = "201", description = "Created; Location names it"),
            @ApiResponse(responseCode = "409", description = "The code is taken (`duplicate-code`)")})
    @PostMapping("/{id}/locations")
    ResponseEntity<Warehouse.Location> addLocation(@PathVariable UUID id, @Valid @RequestBody NewLocationRequest request) {
        var location = administration.addLocation(id, request.code(), request.name());
        var uri = URI.create("/api/inventory/warehouses/" + id + "/locations/" + location.id());
        return ResponseEntity.created(uri).body(location);
    }

    @Operation(summary = "Change a location's name or whether it is in use", responses = {
            @ApiResponse(responseCode = "200", description = "The location as changed"),
            @ApiResponse(responseCode = "409", description = "The default location stays in use (`stock-state`)")})
    @PutMapping("/{id}/locations/{locationId}")
    Warehouse.Location updateLocation(@PathVariable UUID id, @PathVariable UUID locationId,
                                      @Valid @RequestBody LocationChangeRequest request) {
        return administration.updateLocation(id, locationId, request.name(), request.active());
    }
}
