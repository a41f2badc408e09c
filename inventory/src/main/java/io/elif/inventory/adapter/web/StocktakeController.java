package io.elif.inventory.adapter.web;

import io.elif.inventory.domain.Stocktake;
import io.elif.catalog.Quantity;
import io.elif.kernel.NotFoundException;
import io.elif.inventory.application.CountStock;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The stocktake workflow; approving and cancelling are the MANAGER's (permission matrix). */
@Tag(name = "Stocktakes", description = "Count a location, submit the counts, and a manager approves or cancels")
@RestController
@RequestMapping("/api/inventory/stocktakes")
class StocktakeController {

    record StartRequest(@NotNull UUID locationId, Boolean blind) {
    }

    record LineResponse(UUID productId, String sku, String name, String lot, LocalDate bestBefore, Long expected,
                        Long counted, Long variance) {
    }

    record StocktakeResponse(UUID id, String number, Stocktake.State state, String warehouseCode, UUID locationId,
                             String locationCode, boolean blind, Instant createdAt, String createdBy, Instant submittedAt,
                             String submittedBy, Instant closedAt, String closedBy, List<LineResponse> lines) {
    }

    record CountRequest(@NotNull UUID productId, @Size(max = 40) String lot, @NotNull @Quantity(min = 0) Long counted) {
    }

    record CountsRequest(@NotEmpty @Size(max = CountStock.MAX_COUNTS) List<@Valid @NotNull CountRequest> lines) {
    }

    private final CountStock stocktakes;
    private final KnownProducts products;
    private final InventoryWebMapper mapper;

    StocktakeController(CountStock stocktakes, KnownProducts products, InventoryWebMapper mapper) {
        this.stocktakes = stocktakes;
        this.products = products;
        this.mapper = mapper;
    }

    @Operation(summary = "Start a stocktake of a location", description = "A blind stocktake hides the expected "
            + "figures until it is submitted.", responses =
            @ApiResponse(responseCode = "201", description = "Created; Location names it"))
    @PostMapping
    ResponseEntity<StocktakeResponse> start(@Valid @RequestBody StartRequest request, Principal user) {
        var sheet = stocktakes.start(request.locationId(), Boolean.TRUE.equals(request.blind()), user.getName());
        // a path, never an absolute URL built from the request's untrusted Host header
        var location = URI.create("/api/inventory/stocktakes/" + sheet.id());
        return ResponseEntity.created(location).body(mapper.toResponse(sheet));
    }

    @Operation(summary = "List stocktakes, optionally in one state")
    @GetMapping
    List<StocktakeResponse> stocktakes(@RequestParam(required = false) Stocktake.State state) {
        return stocktakes.stocktakes(state).stream().map(mapper::toResponse).toList();
    }

    @Operation(summary = "Read a stocktake sheet")
    @GetMapping("/{id}")
    StocktakeResponse stocktake(@PathVariable UUID id) {
        return stocktakes.stocktake(id).map(mapper::toResponse)
                .orElseThrow(() -> new NotFoundException("No stocktake " + id));
    }

    @Operation(summary = "Record counted quantities on a stocktake being counted", responses = {
            @ApiResponse(responseCode = "200", description = "The sheet with the counts"),
            @ApiResponse(responseCode = "409", description = "The stocktake is no longer being counted "
                    + "(`stock-state`)")})
    @PutMapping("/{id}/counts")
    StocktakeResponse count(@PathVariable UUID id, @Valid @RequestBody CountsRequest request) {
        products.requireEach(request.lines(), CountRequest::productId);
        return mapper.toResponse(stocktakes.count(id, request.lines().stream()
                .map(line -> new Stocktake.Count(line.productId(), line.lot(), line.counted())).toList()));
    }

    @Operation(summary = "Submit a counted stocktake for approval", responses = {
            @ApiResponse(responseCode = "200", description = "The submitted sheet"),
            @ApiResponse(responseCode = "409", description = "The stocktake is no longer being counted "
                    + "(`stock-state`)")})
    @PostMapping("/{id}/submit")
    StocktakeResponse submit(@PathVariable UUID id, Principal user) {
        return mapper.toResponse(stocktakes.submit(id, user.getName()));
    }

    @Operation(summary = "Approve a submitted stocktake, booking its differences as stock movements once", responses = {
            @ApiResponse(responseCode = "200", description = "The approved sheet"),
            @ApiResponse(responseCode = "409", description = "The stocktake is not submitted (`stock-state`)")})
    @PostMapping("/{id}/approve")
    StocktakeResponse approve(@PathVariable UUID id, Principal user) {
        return mapper.toResponse(stocktakes.approve(id, user.getName()));
    }

    @Operation(summary = "Cancel a stocktake that is not approved", responses = {
            @ApiResponse(responseCode = "200", description = "The cancelled sheet"),
            @ApiResponse(responseCode = "409", description = "The stocktake is approved or cancelled already "
                    + "(`stock-state`)")})
    @PostMapping("/{id}/cancel")
    StocktakeResponse cancel(@PathVariable UUID id, Principal user) {
        return mapper.toResponse(stocktakes.cancel(id, user.getName()));
    }
}
