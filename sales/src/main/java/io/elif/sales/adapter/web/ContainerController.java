package io.elif.sales.adapter.web;

import io.elif.catalog.ContainerKind;
import io.elif.kernel.Idempotent;
import io.elif.sales.application.ReturnContainers;
import io.elif.sales.domain.ContainerReturn;
import io.elif.sales.domain.SaleDeposit;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A customer's returnable containers: what they hold, and the empties they bring back after a sale. */
@Tag(name = "Containers", description = "Customers' container balances and returns of empties")
@RestController
class ContainerController {

    /** How many of a customer's latest returns of empties the balance shows. */
    static final int RECENT_RETURNS = 20;

    record CountedRequest(@NotNull UUID containerTypeId,
                          @NotNull @Min(1) @Max(SaleDeposit.MAX_COUNT) Long quantity) {
    }

    /** Warehouse absent: the default one. */
    record ContainerReturnRequest(UUID warehouseId,
                                  @NotNull @Size(min = 1, max = ContainerReturn.MAX_LINES)
                                  List<@NotNull @Valid CountedRequest> lines) {
    }

    /** held = consigned + due; depositsHeld is money the customer paid and may have back. */
    record ContainerBalanceResponse(UUID containerTypeId, String code, String name, ContainerKind kind, long held,
                                    long consigned, long due, String depositsHeld, String unitDeposit) {
    }

    record ReturnedLineResponse(UUID containerTypeId, String code, String name, ContainerKind kind, String unitDeposit,
                                long quantity, long settled, long refunded, String refund) {
    }

    record ContainerReturnResponse(UUID id, String number, UUID customerId, UUID warehouseId, LocalDate businessDate,
                                   List<ReturnedLineResponse> lines, String refundTotal, String createdBy,
                                   Instant createdAt) {
    }

    record ContainerAccountResponse(List<ContainerBalanceResponse> balances,
                                    List<ContainerReturnResponse> recentReturns) {
    }

    private final ReturnContainers returnContainers;
    private final ContainerWebMapper mapper;

    ContainerController(ReturnContainers returnContainers, ContainerWebMapper mapper) {
        this.returnContainers = returnContainers;
        this.mapper = mapper;
    }

    @Operation(summary = "A customer's containers: what they hold per type (consigned, due, deposits held) and their "
            + "latest returns of empties")
    @GetMapping("/api/sales/customers/{id}/containers")
    ContainerAccountResponse containers(@PathVariable UUID id) {
        return new ContainerAccountResponse(mapper.toBalances(returnContainers.balances(id)),
                mapper.toReturns(returnContainers.ofCustomer(id, RECENT_RETURNS)));
    }

    @Operation(summary = "Take back empties a customer brings after a sale: each settles a container owed first, the "
            + "rest refunds its deposit; they enter the warehouse's count of empties",
            responses = {
                    @ApiResponse(responseCode = "201", description = "The return of empties, numbered E-YYYY-NNNNNN"),
                    @ApiResponse(responseCode = "400", description = "A container the customer holds none of, or more "
                            + "than they hold (naming lines[i])")})
    @Idempotent
    @PostMapping("/api/sales/customers/{id}/container-returns")
    ResponseEntity<ContainerReturnResponse> returnContainers(@PathVariable UUID id,
                                                             @Valid @RequestBody ContainerReturnRequest request,
                                                             Principal user) {
        var taken = returnContainers.record(id, request.warehouseId(), request.lines().stream()
                .map(line -> new ContainerReturn.Counted(line.containerTypeId(), line.quantity())).toList(), user.getName());
        return ResponseEntity.created(URI.create("/api/sales/customers/" + id + "/containers")).body(mapper.toResponse(taken));
    }
}
