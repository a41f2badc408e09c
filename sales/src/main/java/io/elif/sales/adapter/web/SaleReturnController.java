package io.elif.sales.adapter.web;

import io.elif.catalog.ContainerKind;
import io.elif.kernel.Idempotent;
import io.elif.sales.application.ReturnSale;
import io.elif.sales.domain.PaymentMethod;
import io.elif.sales.domain.Sale;
import io.elif.sales.domain.SaleReturn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
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

/** Returns of completed sales: goods back into stock once, deposits reversed, money credited or refunded. */
@Tag(name = "Sales", description = "Sales orders and counter sales: create, price, confirm, complete, cancel, search")
@RestController
class SaleReturnController {

    record ReturnedLineRequest(@NotNull @Min(1) @Max(Sale.MAX_LINES) Integer lineNo,
                               @NotNull @PackCount Integer quantity) {
    }

    /** No lines: everything not yet returned (a completed sale called off). */
    record SaleReturnRequest(@Size(max = Sale.MAX_LINES) List<@NotNull @Valid ReturnedLineRequest> lines,
                             @NotBlank @Size(max = SaleReturn.REASON_MAX) String reason,
                             PaymentMethod refundMethod) {
    }

    record ReturnedLineResponse(int lineNo, UUID productId, UUID packId, String sku, String name, int quantity,
                                long baseUnits, String unitPrice, String amount, String tax) {
    }

    record DepositReversalResponse(UUID containerTypeId, String code, String name, ContainerKind kind,
                                   String unitDeposit, long due, long consigned, long exchanged, String refund) {
    }

    /** credit = total + depositRefund comes off what the sale asks; refund is the money handed back. */
    record SaleReturnResponse(UUID id, String number, UUID saleId, String saleNumber, UUID customerId,
                              LocalDate businessDate, String reason, List<ReturnedLineResponse> lines,
                              List<DepositReversalResponse> deposits, String total, String tax, String depositRefund,
                              String credit, String refund, PaymentMethod refundMethod, String createdBy,
                              Instant createdAt) {
    }

    private final ReturnSale returnSale;
    private final SaleReturnWebMapper mapper;

    SaleReturnController(ReturnSale returnSale, SaleReturnWebMapper mapper) {
        this.returnSale = returnSale;
        this.mapper = mapper;
    }

    @Operation(summary = "The returns of a sale, oldest first")
    @GetMapping("/api/sales/sales/{id}/returns")
    List<SaleReturnResponse> returns(@PathVariable UUID id) {
        return mapper.toResponses(returnSale.ofSale(id));
    }

    @Operation(summary = "Take goods of a completed sale back (a manager's): some lines, or everything left",
            description = "Never more of a line than was sold less earlier returns. The goods go back into the sale's "
                    + "warehouse once; the containers they carried are reversed (owed ones cancelled first, then paid "
                    + "and exchanged ones refunded at the sale's unit deposit). The credit (goods + deposits) first "
                    + "lowers what the sale still owes; what had been paid beyond it is refunded by refundMethod.",
            responses = {
                    @ApiResponse(responseCode = "201", description = "The return, numbered R-YYYY-NNNNNN"),
                    @ApiResponse(responseCode = "400", description = "A line that does not exist, named twice or more "
                            + "than is left (naming lines[i]); a refund without refundMethod"),
                    @ApiResponse(responseCode = "409", description = "The sale is not completed, or returned in full "
                            + "(`sale-state`)")})
    @Idempotent
    @PostMapping("/api/sales/sales/{id}/returns")
    ResponseEntity<SaleReturnResponse> returnGoods(@PathVariable UUID id, @Valid @RequestBody SaleReturnRequest request,
                                                   Principal user) {
        var asked = request.lines() == null ? List.<SaleReturn.Asked>of() : request.lines().stream()
                .map(line -> new SaleReturn.Asked(line.lineNo(), line.quantity())).toList();
        var taken = returnSale.accept(id, asked, request.reason(), request.refundMethod(), user.getName());
        return ResponseEntity.created(URI.create("/api/sales/sales/" + id + "/returns")).body(mapper.toResponse(taken));
    }
}
