package io.elif.purchasing.adapter.web;

import io.elif.kernel.Idempotent;
import io.elif.purchasing.adapter.web.PurchaseOrderRequests.CloseOrderRequest;
import io.elif.purchasing.adapter.web.PurchaseOrderRequests.CreateOrderRequest;
import io.elif.purchasing.adapter.web.PurchaseOrderRequests.ReplaceLinesRequest;
import io.elif.purchasing.adapter.web.PurchaseOrderResponses.OrderPageResponse;
import io.elif.purchasing.adapter.web.PurchaseOrderResponses.OrderResponse;
import io.elif.purchasing.application.ChangePurchaseOrder;
import io.elif.purchasing.application.CreatePurchaseOrder;
import io.elif.purchasing.application.FindPurchaseOrders;
import io.elif.purchasing.application.PrintPurchaseOrder;
import io.elif.purchasing.application.OrderSearch;
import io.elif.purchasing.domain.PurchaseOrderState;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Purchase orders over HTTP. Who may call what is bootstrap's permission matrix; the order decides its transitions. */
@Tag(name = "Purchase orders", description = "Orders to suppliers: create, lines, send, confirm, cancel, close, search")
@RestController
class PurchaseOrderController {

    static final int MAX_PAGE_SIZE = 100;

    private final CreatePurchaseOrder create;
    private final ChangePurchaseOrder change;
    private final FindPurchaseOrders find;
    private final PrintPurchaseOrder print;
    private final PurchaseOrderWebMapper mapper;

    PurchaseOrderController(CreatePurchaseOrder create, ChangePurchaseOrder change, FindPurchaseOrders find,
                            PrintPurchaseOrder print, PurchaseOrderWebMapper mapper) {
        this.create = create;
        this.change = change;
        this.find = find;
        this.print = print;
        this.mapper = mapper;
    }

    @Operation(summary = "Search purchase orders by number or supplier, supplier, states and business dates, newest first")
    @GetMapping("/api/purchasing/orders")
    OrderPageResponse searchOrders(@RequestParam(defaultValue = "") @Size(max = 100) String q,
                                   @RequestParam(required = false) UUID supplierId,
                                   @RequestParam(required = false) @Size(max = 7) List<PurchaseOrderState> state,
                                   @RequestParam(required = false) LocalDate from,
                                   @RequestParam(required = false) LocalDate to,
                                   @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                                   @RequestParam(defaultValue = "20") @Min(1) @Max(MAX_PAGE_SIZE) int size) {
        return mapper.toResponse(find.search(new OrderSearch(q, supplierId, state, from, to, page, size)));
    }

    @Operation(summary = "Read a purchase order with its lines, what each received and what is still to come")
    @GetMapping("/api/purchasing/orders/{id}")
    OrderResponse getOrder(@PathVariable UUID id) {
        return mapper.toResponse(find.byId(id));
    }

    @Operation(summary = "A purchase order as an A4 PDF to send to the supplier, with the tenant's letterhead",
            responses = @ApiResponse(responseCode = "200", description = "The PDF, shown inline, named after the order's number",
                    content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE,
                            schema = @Schema(type = "string", format = "binary"))))
    @GetMapping("/api/purchasing/orders/{id}/document.pdf")
    ResponseEntity<byte[]> getOrderDocument(@PathVariable UUID id) {
        var file = print.pdf(id);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(file.fileName()).build().toString())
                .body(file.pdf());
    }

    @Operation(summary = "Create a purchase order as a draft, numbered PO-YYYY-NNNNNN",
            description = "Each line is a product's pack the supplier sells, in whole packs within its minimum and "
                    + "multiple, at a cost per pack excluding tax (absent: the agreed cost); tax follows the product's "
                    + "tax class.",
            responses = @ApiResponse(responseCode = "201", description = "Created; Location names the new order"))
    @Idempotent
    @PostMapping("/api/purchasing/orders")
    ResponseEntity<OrderResponse> createOrder(@Valid @RequestBody CreateOrderRequest request, Principal user) {
        var created = create.create(request.toNewOrder(), user.getName());
        return ResponseEntity.created(URI.create("/api/purchasing/orders/" + created.order().id())).body(mapper.toResponse(created));
    }

    @Operation(summary = "Replace a draft's lines", responses =
            {
            @ApiResponse(responseCode = "200", description = "The order with its new lines"),
            @ApiResponse(responseCode = "409", description = "The order is no longer a draft (`purchase-order-state`)")})
    @PutMapping("/api/purchasing/orders/{id}/lines")
    OrderResponse replaceOrderLines(@PathVariable UUID id, @Valid @RequestBody ReplaceLinesRequest request) {
        change.replaceLines(id, request.toRequests());
        return mapper.toResponse(find.byId(id));
    }

    @Operation(summary = "Send a draft to the supplier (again: nothing changes)")
    @PostMapping("/api/purchasing/orders/{id}/send")
    OrderResponse sendOrder(@PathVariable UUID id, Principal user) {
        change.send(id, user.getName());
        return mapper.toResponse(find.byId(id));
    }

    @Operation(summary = "Record the supplier's confirmation of a sent (or draft) order")
    @PostMapping("/api/purchasing/orders/{id}/confirm")
    OrderResponse confirmOrder(@PathVariable UUID id, Principal user) {
        change.confirm(id, user.getName());
        return mapper.toResponse(find.byId(id));
    }

    @Operation(summary = "Cancel an order nothing has arrived for", responses =
            {
            @ApiResponse(responseCode = "200", description = "The cancelled order"),
            @ApiResponse(responseCode = "409", description = "Goods have arrived or the order has ended (`purchase-order-state`)")})
    @PostMapping("/api/purchasing/orders/{id}/cancel")
    OrderResponse cancelOrder(@PathVariable UUID id, Principal user) {
        change.cancel(id, user.getName());
        return mapper.toResponse(find.byId(id));
    }

    @Operation(summary = "Close an order by hand: the rest will not come", responses =
            {
            @ApiResponse(responseCode = "200", description = "The closed order"),
            @ApiResponse(responseCode = "409", description = "The order is not awaiting goods (`purchase-order-state`)")})
    @PostMapping("/api/purchasing/orders/{id}/close")
    OrderResponse closeOrder(@PathVariable UUID id, @Valid @RequestBody CloseOrderRequest request, Principal user) {
        change.close(id, request.reason(), user.getName());
        return mapper.toResponse(find.byId(id));
    }
}
