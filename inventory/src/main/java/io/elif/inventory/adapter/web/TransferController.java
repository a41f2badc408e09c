package io.elif.inventory.adapter.web;

import io.elif.inventory.domain.Transfer;
import io.elif.inventory.application.BreakBulk;
import io.elif.catalog.PackSize;
import io.elif.catalog.Quantity;
import io.elif.inventory.NewTransfer;
import io.elif.inventory.ReservationLine;
import io.elif.kernel.NotFoundException;
import io.elif.inventory.application.BreakBulkStock;
import io.elif.inventory.application.TransferStock;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.UUID;

/** Stock moved between locations and warehouses, and crates opened into bottles. */
@Tag(name = "Transfers and break-bulk", description = "Stock moved between locations, and packs opened into units")
@RestController
class TransferController {

    record LineRequest(@NotNull UUID productId, @NotNull @Quantity Long quantity) {
    }

    record TransferRequest(@NotNull UUID fromLocationId, @NotNull UUID toLocationId, @Size(max = 200) String note,
                           @NotEmpty @Size(max = TransferStock.MAX_LINES) List<@Valid @NotNull LineRequest> lines) {
    }

    record BreakBulkRequest(UUID locationId, @NotNull UUID sourceProductId, @NotNull UUID targetProductId,
                            @NotNull @Quantity Long quantity, @NotNull @PackSize Long unitsPerSource) {
    }

    private final TransferStock transfers;
    private final BreakBulkStock breakBulkStock;
    private final KnownProducts products;

    TransferController(TransferStock transfers, BreakBulkStock breakBulkStock, KnownProducts products) {
        this.transfers = transfers;
        this.breakBulkStock = breakBulkStock;
        this.products = products;
    }

    @Operation(summary = "Send stock to another location", description = "To another warehouse it is in transit "
            + "until received there; within a warehouse it moves at once.", responses = {
            @ApiResponse(responseCode = "201", description = "Created; Location names it"),
            @ApiResponse(responseCode = "409", description = "Not enough stock to send (`insufficient-stock`)")})
    @PostMapping("/api/inventory/transfers")
    ResponseEntity<Transfer> send(@Valid @RequestBody TransferRequest request, Principal user) {
        products.requireEach(request.lines(), LineRequest::productId);
        var transfer = transfers.send(new NewTransfer(request.fromLocationId(), request.toLocationId(), request.note(),
                user.getName(), request.lines().stream().map(line -> new ReservationLine(line.productId(), line.quantity())).toList()));
        // a path, never an absolute URL built from the request's untrusted Host header
        var location = URI.create("/api/inventory/transfers/" + transfer.id());
        return ResponseEntity.created(location).body(transfer);
    }

    @Operation(summary = "Receive a transfer at its destination", responses = {
            @ApiResponse(responseCode = "200", description = "The received transfer"),
            @ApiResponse(responseCode = "409", description = "The transfer was received already (`stock-state`)")})
    @PostMapping("/api/inventory/transfers/{id}/receive")
    Transfer receive(@PathVariable UUID id, Principal user) {
        return transfers.receive(id, user.getName());
    }

    @Operation(summary = "Read a transfer")
    @GetMapping("/api/inventory/transfers/{id}")
    Transfer transfer(@PathVariable UUID id) {
        return transfers.transfer(id).orElseThrow(() -> new NotFoundException("No transfer " + id));
    }

    @Operation(summary = "List transfers, optionally in one state")
    @GetMapping("/api/inventory/transfers")
    List<Transfer> transfers(@RequestParam(required = false) Transfer.State state) {
        return transfers.transfers(state);
    }

    @Operation(summary = "Break bulk: take a source product out and book units of the target product in", responses = {
            @ApiResponse(responseCode = "201", description = "Booked; both products' new levels"),
            @ApiResponse(responseCode = "409", description = "Not enough of the source product "
                    + "(`insufficient-stock`)")})
    @PostMapping("/api/inventory/break-bulk")
    ResponseEntity<BreakBulk.Result> breakBulk(@Valid @RequestBody BreakBulkRequest request, Principal user) {
        products.require(request.sourceProductId(), "sourceProductId");
        products.require(request.targetProductId(), "targetProductId");
        return ResponseEntity.status(HttpStatus.CREATED).body(breakBulkStock.breakBulk(new BreakBulk(request.locationId(),
                request.sourceProductId(), request.targetProductId(), request.quantity(), request.unitsPerSource(),
                user.getName())));
    }
}
