package io.elif.purchasing.adapter.web;

import io.elif.kernel.Idempotent;
import io.elif.purchasing.adapter.web.PurchaseOrderResponses.StampResponse;
import io.elif.purchasing.application.ReturnEmpties;
import io.elif.purchasing.domain.EmptiesReturn;
import io.elif.purchasing.domain.SupplierContainer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.net.URI;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Empty crates and bottles back to a supplier, and the supplier's container account, over HTTP. */
@Tag(name = "Supplier containers", description = "Empties returned to suppliers and what we hold of theirs")
@RestController
class EmptiesReturnController {

    private final ReturnEmpties returnEmpties;

    EmptiesReturnController(ReturnEmpties returnEmpties) {
        this.returnEmpties = returnEmpties;
    }

    record EmptiesLineBody(@NotNull UUID containerTypeId,
                           @NotNull @Min(value = 1, message = "must be at least {value}") @Max(EmptiesReturn.MAX_QUANTITY) Long quantity) {
    }

    /** Warehouse absent: the default one. */
    record EmptiesReturnRequest(UUID warehouseId,
                                @Size(max = EmptiesReturn.REFERENCE_MAX) String supplierReference,
                                @NotEmpty @Size(max = EmptiesReturn.MAX_LINES) List<@NotNull @Valid EmptiesLineBody> lines) {
    }

    /** A line: the unit deposit and the amount as decimal strings (deposits carry no tax). */
    record EmptiesReturnLineResponse(int lineNo, UUID containerTypeId, String code, String name, long quantity,
                                     String unitDeposit, String amount) {
    }

    record EmptiesReturnResponse(UUID id, String number, UUID supplierId, UUID warehouseId, LocalDate businessDate,
                                 String supplierReference, String currency, String credit,
                                 List<EmptiesReturnLineResponse> lines, StampResponse created) {
    }

    /**
     * @param held      what we hold of the supplier's: received with confirmed deliveries less returned
     * @param heldValue held at the supplier's deposit
     * @param credited  what the returns credited: what the supplier owes us for them
     */
    record SupplierContainerResponse(UUID containerTypeId, String code, String name, long received, long returned,
                                     long held, String unitDeposit, String heldValue, String credited) {
    }

    record SupplierContainersResponse(String currency, List<SupplierContainerResponse> containers, String heldValue,
                                      String credited, List<EmptiesReturnResponse> returns) {
    }

    @Operation(summary = "What we hold of a supplier's containers and what their returns credited, with the latest returns")
    @GetMapping("/api/purchasing/suppliers/{id}/containers")
    SupplierContainersResponse supplierContainers(@PathVariable UUID id) {
        var account = returnEmpties.account(id);
        var money = account.money();
        var containers = account.containers().stream().map(container -> new SupplierContainerResponse(
                container.containerTypeId(), container.code(), container.name(), container.received(), container.returned(),
                container.held(), container.unitDeposit().toPlainString(), container.heldValue(money).toPlainString(),
                container.credited().toPlainString())).toList();
        var heldValue = account.containers().stream().map(container -> container.heldValue(money))
                .reduce(money.round(BigDecimal.ZERO), BigDecimal::add);
        var credited = account.containers().stream().map(SupplierContainer::credited)
                .reduce(money.round(BigDecimal.ZERO), BigDecimal::add);
        return new SupplierContainersResponse(account.currency(), containers, heldValue.toPlainString(),
                credited.toPlainString(), account.returns().stream().map(EmptiesReturnController::toResponse).toList());
    }

    @Operation(summary = "Return empties to a supplier as a document ES-YYYY-NNNNNN",
            description = "The empties leave the warehouse's count of empties and are credited at the supplier's deposit "
                    + "(the latest a delivery of theirs carried). More than we hold of theirs, or than the warehouse holds, "
                    + "is refused naming the line.",
            responses = @ApiResponse(responseCode = "201", description = "Returned; Location names the supplier's containers"))
    @Idempotent
    @PostMapping("/api/purchasing/suppliers/{id}/empties-returns")
    ResponseEntity<EmptiesReturnResponse> returnEmpties(@PathVariable UUID id, @Valid @RequestBody EmptiesReturnRequest request,
                                                        Principal user) {
        var returned = returnEmpties.returnEmpties(id, new ReturnEmpties.NewReturn(request.warehouseId(),
                request.supplierReference(), request.lines().stream()
                .map(line -> new EmptiesReturn.Count(line.containerTypeId(), line.quantity())).toList()), user.getName());
        return ResponseEntity.created(URI.create("/api/purchasing/suppliers/" + id + "/containers"))
                .body(toResponse(returned));
    }

    /** Amounts as stored: rounded to the money unit, two decimals. */
    private static EmptiesReturnResponse toResponse(EmptiesReturn returned) {
        return new EmptiesReturnResponse(returned.id(), returned.number(), returned.supplierId(), returned.warehouseId(),
                returned.businessDate(), returned.supplierReference(), returned.currency(),
                returned.credit().toPlainString(),
                returned.lines().stream().map(line -> new EmptiesReturnLineResponse(line.lineNo(), line.containerTypeId(),
                        line.code(), line.name(), line.quantity(), line.unitDeposit().toPlainString(),
                        line.amount().toPlainString())).toList(),
                new StampResponse(returned.created().by(), returned.created().at()));
    }
}
