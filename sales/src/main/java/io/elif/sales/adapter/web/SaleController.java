package io.elif.sales.adapter.web;

import io.elif.kernel.Idempotent;
import io.elif.sales.adapter.web.SaleRequests.CompleteSaleRequest;
import io.elif.sales.adapter.web.SaleRequests.SaleCustomerRequest;
import io.elif.sales.adapter.web.SaleRequests.CreateSaleRequest;
import io.elif.sales.adapter.web.SaleRequests.CreditOverrideRequest;
import io.elif.sales.adapter.web.SaleRequests.PaymentBody;
import io.elif.sales.adapter.web.SaleRequests.ReplaceLinesRequest;
import io.elif.sales.adapter.web.SaleResponses.SalePageResponse;
import io.elif.sales.adapter.web.SaleResponses.SaleReceiptResponse;
import io.elif.sales.adapter.web.SaleResponses.SaleResponse;
import io.elif.sales.application.ChangeSale;
import io.elif.sales.application.CreateSale;
import io.elif.sales.application.FindPayments;
import io.elif.sales.application.FindSales;
import io.elif.sales.application.NewSale;
import io.elif.sales.application.PayAtCompletion;
import io.elif.sales.application.PrintSaleDocuments;
import io.elif.sales.application.SaleSearch;
import io.elif.sales.domain.PaymentStatus;
import io.elif.sales.domain.Sale;
import io.elif.sales.domain.SaleState;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
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

/**
 * Sales over HTTP: drafts, phone orders and counter sales. Who may call what is bootstrap's permission matrix; who
 * may set a line's price is the domain's rule, told here whether the caller is a manager (MANAGER or ADMIN).
 */
@Tag(name = "Sales", description = "Sales orders and counter sales: create, price, confirm, complete, cancel, search")
@RestController
class SaleController {

    /** The largest page a search returns; checked here, at the edge, and nowhere below. */
    static final int MAX_PAGE_SIZE = 100;

    private static final String PAYING = "Completing takes `payments` (method CASH, CARD, MOBILE_MONEY or "
            + "BANK_TRANSFER; amount; reference, required for mobile money), in order, each up to what is still "
            + "owed: cash beyond it is change (tendered and change recorded), any other method beyond it is refused "
            + "(400 naming the amount with the figure owed). The walk-in customer pays the whole payable (a partial "
            + "payment needs a named customer: 400 naming `payments`); a named customer may leave the rest unpaid, "
            + "due after the customer's payment terms, within the credit limit, beyond it only with a manager's "
            + "`creditOverride` (a SALES user sending one is refused, 400).";

    private final CreateSale createSale;
    private final ChangeSale changeSale;
    private final FindSales findSales;
    private final FindPayments findPayments;
    private final PrintSaleDocuments documents;
    private final SaleWebMapper mapper;

    SaleController(CreateSale createSale, ChangeSale changeSale, FindSales findSales, FindPayments findPayments,
                   PrintSaleDocuments documents,
                   SaleWebMapper mapper) {
        this.createSale = createSale;
        this.changeSale = changeSale;
        this.findSales = findSales;
        this.findPayments = findPayments;
        this.documents = documents;
        this.mapper = mapper;
    }

    @Operation(summary = "Search sales by number, customer, state, payment status, business date and clerk, newest first",
            description = "paymentStatus finds completed sales that are UNPAID, PARTLY_PAID or PAID, from their "
                    + "payments' allocations. A SALES user sees every draft and confirmed order (the desk's shared "
                    + "queue) but only the completed and cancelled sales they created themselves.")
    @GetMapping("/api/sales/sales")
    SalePageResponse searchSales(@RequestParam(required = false) @Size(max = 20) String number,
                                 @RequestParam(required = false) UUID customerId,
                                 @RequestParam(required = false) SaleState state,
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                 @RequestParam(required = false) @Size(max = 100) String clerk,
                                 @RequestParam(required = false) PaymentStatus paymentStatus,
                                 @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                                 @RequestParam(defaultValue = "20") @Min(1) @Max(MAX_PAGE_SIZE) int size,
                                 Principal user, HttpServletRequest caller) {
        var search = new SaleSearch(number, customerId, state, from, to, clerk, paymentStatus, page, size);
        return mapper.toResponse(findSales.search(Callers.isManager(caller) ? search : search.asClerk(user.getName())));
    }

    @Operation(summary = "Read a sale with its lines, totals, payments and who did what when")
    @GetMapping("/api/sales/sales/{id}")
    SaleResponse getSale(@PathVariable UUID id) {
        return respond(findSales.byId(id));
    }

    @Operation(summary = "A sale's invoice as an A4 PDF (a draft's quotation, a confirmed order's pro forma invoice)",
            description = "The tenant's letterhead, the customer, the lines, the tax per rate and the totals, the deposit "
                    + "lines apart and the payable. A completed sale's document is its invoice; a draft's is a "
                    + "quotation and a confirmed order's a pro forma invoice, each saying it is not an invoice.",
            responses = {
                    @ApiResponse(responseCode = "200", description = "The PDF, shown inline, named after the sale's number",
                            content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE,
                                    schema = @Schema(type = "string", format = "binary"))),
                    @ApiResponse(responseCode = "409", description = "The sale is cancelled: it has no invoice (`sale-state`)")})
    @GetMapping("/api/sales/sales/{id}/invoice.pdf")
    ResponseEntity<byte[]> getSaleInvoice(@PathVariable UUID id) {
        var document = documents.invoice(id);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(document.fileName()).build().toString())
                .body(document.pdf());
    }

    @Operation(summary = "What a sale's till receipt prints: the sale, its customer, the letterhead and the money unit",
            description = "The order desk's receipt (80 mm and 58 mm thermal printers) renders it; the sale is as "
                    + "GET /api/sales/sales/{id} answers it.")
    @GetMapping("/api/sales/sales/{id}/receipt")
    SaleReceiptResponse getSaleReceipt(@PathVariable UUID id) {
        var receipt = documents.receipt(id);
        return mapper.toReceipt(receipt, respond(receipt.sale()));
    }

    @Operation(summary = "Create a sale: a draft that reserves nothing, or with complete=true a counter sale completed at once",
            description = "The server prices every line from the catalogue at the customer's level on the business "
                    + "day (no customer: the walk-in customer; no warehouse: the default one). A SALES user who sends "
                    + "unitPrice, discount or priceReason is refused (400 naming the field); a manager's price needs a "
                    + "priceReason. A counter sale reserves and issues its stock in the same transaction: a shortfall "
                    + "leaves no sale. The deposit lines come from the containers the lines carry, all consigned (paid now) unless "
                    + "deposits says how many are exchanged (empties brought back now) or due (owed; not by the walk-in "
                    + "customer); they are apart from the total: payable = total + depositTotal. " + PAYING
                    + " Payments and a creditOverride come only with complete=true (else 400 naming them); a sale completed later is paid with POST /api/sales/sales/{id}/payments.",
            responses = {
                    @ApiResponse(responseCode = "201", description = "Created; Location names the new sale"),
                    @ApiResponse(responseCode = "409", description = "A counter sale's stock is short "
                            + "(`insufficient-stock`, naming the product) or what it leaves unpaid goes beyond the "
                            + "customer's credit limit (`credit-limit`, with the figures)")})
    @Idempotent
    @PostMapping("/api/sales/sales")
    ResponseEntity<SaleResponse> createSale(@Valid @RequestBody CreateSaleRequest request, Principal user,
                                            HttpServletRequest caller) {
        var sale = createSale.create(new NewSale(request.customerId(), request.warehouseId(),
                mapper.toLines(request.lines()), mapper.toChoices(request.deposits()), Boolean.TRUE.equals(request.complete()),
                pay(request.payments(), request.creditOverride())), user.getName(), Callers.isManager(caller));
        // a path, never an absolute URL built from the request's untrusted Host header
        return ResponseEntity.created(URI.create("/api/sales/sales/" + sale.id())).body(respond(sale));
    }

    @Operation(summary = "Replace a draft's lines and deposit choices, priced again", responses = {
            @ApiResponse(responseCode = "200", description = "The draft with its new lines and totals"),
            @ApiResponse(responseCode = "409", description = "The sale is no longer a draft (`sale-state`)")})
    @PutMapping("/api/sales/sales/{id}/lines")
    SaleResponse replaceSaleLines(@PathVariable UUID id, @Valid @RequestBody ReplaceLinesRequest request, Principal user,
                                  HttpServletRequest caller) {
        return respond(changeSale.replaceLines(id, mapper.toLines(request.lines()),
                mapper.toChoices(request.deposits()), user.getName(), Callers.isManager(caller)));
    }

    @Operation(summary = "Sell a draft to another customer, its lines priced again at that customer's level",
            description = "A manager's price on a line is kept. An unknown or inactive customer is refused (400 "
                    + "naming customerId), as is a line the new level has no price for (400 naming lines[i].packId "
                    + "or lines[i].productId).",
            responses = {
                    @ApiResponse(responseCode = "200", description = "The draft with its new customer, level, lines and totals"),
                    @ApiResponse(responseCode = "409", description = "The sale is no longer a draft (`sale-state`)")})
    @PutMapping("/api/sales/sales/{id}/customer")
    SaleResponse changeSaleCustomer(@PathVariable UUID id, @Valid @RequestBody SaleCustomerRequest request,
                                    Principal user) {
        return respond(changeSale.changeCustomer(id, request.customerId(), user.getName()));
    }

    @Operation(summary = "Confirm a draft: a phone order whose stock is reserved (confirming again changes nothing)",
            responses = {
                    @ApiResponse(responseCode = "200", description = "The sale as confirmed (also when it already was)"),
                    @ApiResponse(responseCode = "409", description = "Stock is short (`insufficient-stock`) or the sale "
                            + "is completed or cancelled (`sale-state`)")})
    @PostMapping("/api/sales/sales/{id}/confirm")
    SaleResponse confirmSale(@PathVariable UUID id, Principal user) {
        return respond(changeSale.confirm(id, user.getName()));
    }

    @Operation(summary = "Complete a sale with its payments: its stock is issued, once (completing again changes nothing)",
            description = PAYING + " The body is optional. A sale completed already is answered as it is: "
                    + "payments sent again are not taken twice.",
            responses = {
                    @ApiResponse(responseCode = "200", description = "The sale as completed (also when it already was)"),
                    @ApiResponse(responseCode = "409", description = "Stock is short (`insufficient-stock`), the sale "
                            + "is cancelled (`sale-state`) or what it leaves unpaid goes beyond the customer's credit "
                            + "limit (`credit-limit`, with the figures)")})
    @Idempotent
    @PostMapping("/api/sales/sales/{id}/complete")
    SaleResponse completeSale(@PathVariable UUID id, @Valid @RequestBody(required = false) CompleteSaleRequest request,
                              Principal user, HttpServletRequest caller) {
        var pay = request == null ? PayAtCompletion.NOTHING : pay(request.payments(), request.creditOverride());
        return respond(changeSale.complete(id, user.getName(), pay, Callers.isManager(caller)));
    }

    @Operation(summary = "Cancel a draft or a confirmed sale, releasing its reservation (cancelling again changes nothing)",
            responses = {
                    @ApiResponse(responseCode = "200", description = "The sale as cancelled (also when it already was)"),
                    @ApiResponse(responseCode = "409", description = "The sale is completed: a return takes its goods "
                            + "back (`sale-state`)")})
    @PostMapping("/api/sales/sales/{id}/cancel")
    SaleResponse cancelSale(@PathVariable UUID id, Principal user) {
        return respond(changeSale.cancel(id, user.getName()));
    }

    private SaleResponse respond(Sale sale) {
        return mapper.toResponse(sale, findPayments.ofSale(sale.id()));
    }

    private static PayAtCompletion pay(List<PaymentBody> payments, CreditOverrideRequest override) {
        return new PayAtCompletion(payments == null ? List.of() : payments.stream().map(PaymentBody::toRequest).toList(),
                override == null ? null : override.reason());
    }
}
