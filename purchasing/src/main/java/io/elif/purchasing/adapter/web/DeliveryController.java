package io.elif.purchasing.adapter.web;

import io.elif.kernel.Idempotent;
import io.elif.purchasing.adapter.web.DeliveryRequests.ConfirmDeliveryRequest;
import io.elif.purchasing.adapter.web.DeliveryRequests.RecordDeliveryRequest;
import io.elif.purchasing.adapter.web.DeliveryRequests.ReplaceDeliveryLinesRequest;
import io.elif.purchasing.adapter.web.DeliveryResponses.DeliveryPageResponse;
import io.elif.purchasing.adapter.web.DeliveryResponses.DeliveryResponse;
import io.elif.purchasing.application.FindDeliveries;
import io.elif.purchasing.application.ReceiveDelivery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.security.Principal;
import java.util.UUID;

/** Goods received over HTTP: a storekeeper records a delivery and confirms it once. */
@Tag(name = "Deliveries", description = "Goods received from suppliers against purchase orders, booked into stock once")
@RestController
class DeliveryController {

    private final ReceiveDelivery receive;
    private final FindDeliveries find;
    private final DeliveryWebMapper mapper;

    DeliveryController(ReceiveDelivery receive, FindDeliveries find, DeliveryWebMapper mapper) {
        this.receive = receive;
        this.find = find;
        this.mapper = mapper;
    }

    @Operation(summary = "Deliveries, newest first, of an order or a supplier")
    @GetMapping("/api/purchasing/deliveries")
    DeliveryPageResponse searchDeliveries(@RequestParam(required = false) UUID orderId,
                                          @RequestParam(required = false) UUID supplierId,
                                          @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                                          @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return mapper.toResponse(find.search(orderId, supplierId, page, size));
    }

    @Operation(summary = "Read a delivery")
    @GetMapping("/api/purchasing/deliveries/{id}")
    DeliveryResponse getDelivery(@PathVariable UUID id) {
        return mapper.toResponse(find.byId(id));
    }

    @Operation(summary = "Record what arrived as a draft delivery D-YYYY-NNNNNN (nothing is booked until it is confirmed)",
            description = "Against an order: each line names the order's lineNo. Without an order (a manager only): "
                    + "supplierId, and each line its productId, packId and unitCost.",
            responses = {
                    @ApiResponse(responseCode = "201", description = "Recorded; Location names the delivery"),
                    @ApiResponse(responseCode = "409", description = "The order takes no goods in its state "
                            + "(`purchase-order-state`)")})
    @Idempotent
    @PostMapping("/api/purchasing/deliveries")
    ResponseEntity<DeliveryResponse> recordDelivery(@Valid @RequestBody RecordDeliveryRequest request, Principal user,
                                                    HttpServletRequest caller) {
        var delivery = receive.record(request.toNewDelivery(), user.getName(), isManager(caller));
        return ResponseEntity.created(URI.create("/api/purchasing/deliveries/" + delivery.id())).body(mapper.toResponse(delivery));
    }

    @Operation(summary = "Replace a draft delivery's lines", responses = {
            @ApiResponse(responseCode = "200", description = "The delivery with its new lines"),
            @ApiResponse(responseCode = "409", description = "The delivery is confirmed: its lines are final (`delivery-state`)")})
    @PutMapping("/api/purchasing/deliveries/{id}/lines")
    DeliveryResponse replaceDeliveryLines(@PathVariable UUID id, @Valid @RequestBody ReplaceDeliveryLinesRequest request,
                                          HttpServletRequest caller) {
        return mapper.toResponse(receive.replaceLines(id, request.toRequests(), isManager(caller)));
    }

    @Operation(summary = "Confirm a delivery: its goods go into stock at the order's costs, once",
            description = "Confirming again, or concurrently, answers the confirmed delivery and books nothing more. "
                    + "More than an order line still awaits needs a manager's overrideReason.",
            responses = {
                    @ApiResponse(responseCode = "200", description = "The confirmed delivery"),
                    @ApiResponse(responseCode = "409", description = "More than ordered without an override "
                            + "(`over-delivery`), or the order takes no goods in its state (`purchase-order-state`)")})
    @PostMapping("/api/purchasing/deliveries/{id}/confirm")
    DeliveryResponse confirmDelivery(@PathVariable UUID id, @Valid @RequestBody(required = false) ConfirmDeliveryRequest request,
                                     Principal user, HttpServletRequest caller) {
        var reason = request == null ? null : request.overrideReason();
        return mapper.toResponse(receive.confirm(id, reason, user.getName(), isManager(caller)));
    }

    private static boolean isManager(HttpServletRequest caller) {
        return caller.isUserInRole("MANAGER") || caller.isUserInRole("ADMIN");
    }

}
