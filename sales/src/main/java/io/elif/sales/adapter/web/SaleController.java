package io.elif.sales.adapter.web;

import io.elif.kernel.Idempotent;
import io.elif.sales.adapter.web.SaleRequests.CreateSaleRequest;
import io.elif.sales.adapter.web.SaleRequests.ReplaceLinesRequest;
import io.elif.sales.adapter.web.SaleResponses.SalePageResponse;
import io.elif.sales.adapter.web.SaleResponses.SaleReceiptResponse;
import io.elif.sales.adapter.web.SaleResponses.SaleResponse;
import io.elif.sales.application.ChangeSale;
import io.elif.sales.application.CreateSale;
import io.elif.sales.application.FindSales;
import io.elif.sales.application.NewSale;
import io.elif.sales.application.PrintSaleDocuments;
import io.elif.sales.application.SaleSearch;
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

    private final CreateSale createSale;
    private final ChangeSale changeSale;
    private final FindSales findSales;
    private final PrintSaleDocuments documents;
    private final SaleWebMapper mapper;

    SaleController(CreateSale createSale, ChangeSale changeSale, FindSales findSales, PrintSaleDocuments documents,
                   SaleWebMapper mapper) {
        this.createSale = createSale;
        this.changeSale = changeSale;
        this.findSales = findSales;
        this.documents = documents;
        this.mapper = mapper;
    }

    @Operation(summary = "Search sales by number, customer, state, business date and clerk, newest first")
    @GetMapping("/api/sales/sales")
    SalePageResponse searchSales(@RequestParam(required = false) @Size(max = 20) String number,
                                 @RequestParam(required = false) UUID customerId,
                                 @RequestParam(required = false) SaleState state,
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                 @RequestParam(required = false) @Size(max = 100) String clerk,
                                 @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                                 @RequestParam(defaultValue = "20") @Min(1) @Max(MAX_PAGE_SIZE) int size) {
        return mapper.toResponse(findSales.search(new SaleSearch(number, customerId, state, from, to, clerk, page, size)));
    }

    @Operation(summary = "Read a sale with its lines, totals and who did what when")
    @GetMapping("/api/sales/sales/{id}")
    SaleResponse getSale(@PathVariable UUID id) {
        return mapper.toResponse(findSales.byId(id));
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
        return mapper.toResponse(documents.receipt(id));
    }

    @Operation(summary = "Create a sale: a draft that reserves nothing, or with complete=true a counter sale completed at once",
            description = "The server prices every line from the catalogue at the customer's level on the business "
                    + "day (no customer: the walk-in customer; no warehouse: the default one). A SALES user who sends "
                    + "unitPrice, discount or priceReason is refused (400 naming the field); a manager's price needs a "
                    + "priceReason. A counter sale reserves and issues its stock in the same transaction: a shortfall "
                    + "leaves no sale. The deposit lines come from the containers the lines carry, all consigned (paid now) unless "
                    + "deposits says how many are exchanged (empties brought back now) or due (owed; not by the walk-in "
                    + "customer); they are apart from the total: payable = total + depositTotal.",
            responses = {
                    @ApiResponse(responseCode = "201", description = "Created; Location names the new sale"),
                    @ApiResponse(responseCode = "409", description = "A counter sale's stock is short (`insufficient-stock`, naming the product)")})
    @Idempotent
    @PostMapping("/api/sales/sales")
    ResponseEntity<SaleResponse> createSale(@Valid @RequestBody CreateSaleRequest request, Principal user,
                                            HttpServletRequest caller) {
        var sale = createSale.create(new NewSale(request.customerId(), request.warehouseId(),
                mapper.toLines(request.lines()), mapper.toChoices(request.deposits()), Boolean.TRUE.equals(request.complete())),
                user.getName(), Callers.isManager(caller));
        // a path, never an absolute URL built from the request's untrusted Host header
        return ResponseEntity.created(URI.create("/api/sales/sales/" + sale.id())).body(mapper.toResponse(sale));
    }

    @Operation(summary = "Replace a draft's lines and deposit choices, priced again", responses = {
            @ApiResponse(responseCode = "200", description = "The draft with its new lines and totals"),
            @ApiResponse(responseCode = "409", description = "The sale is no longer a draft (`sale-state`)")})
    @PutMapping("/api/sales/sales/{id}/lines")
    SaleResponse replaceSaleLines(@PathVariable UUID id, @Valid @RequestBody ReplaceLinesRequest request, Principal user,
                                  HttpServletRequest caller) {
        return mapper.toResponse(changeSale.replaceLines(id, mapper.toLines(request.lines()),
                mapper.toChoices(request.deposits()), user.getName(), Callers.isManager(caller)));
    }

    @Operation(summary = "Confirm a draft: a phone order whose stock is reserved (confirming again changes nothing)",
            responses = {
                    @ApiResponse(responseCode = "200", description = "The sale as confirmed (also when it already was)"),
                    @ApiResponse(responseCode = "409", description = "Stock is short (`insufficient-stock`) or the sale "
                            + "is completed or cancelled (`sale-state`)")})
    @PostMapping("/api/sales/sales/{id}/confirm")
    SaleResponse confirmSale(@PathVariable UUID id, Principal user) {
        return mapper.toResponse(changeSale.confirm(id, user.getName()));
    }

    @Operation(summary = "Complete a sale: its stock is issued, once (completing again changes nothing)",
            responses = {
                    @ApiResponse(responseCode = "200", description = "The sale as completed (also when it already was)"),
                    @ApiResponse(responseCode = "409", description = "Stock is short (`insufficient-stock`) or the sale "
                            + "is cancelled (`sale-state`)")})
    @PostMapping("/api/sales/sales/{id}/complete")
    SaleResponse completeSale(@PathVariable UUID id, Principal user) {
        return mapper.toResponse(changeSale.complete(id, user.getName()));
    }

    @Operation(summary = "Cancel a draft or a confirmed sale, releasing its reservation (cancelling again changes nothing)",
            responses = {
                    @ApiResponse(responseCode = "200", description = "The sale as cancelled (also when it already was)"),
                    @ApiResponse(responseCode = "409", description = "The sale is completed: a return takes its goods "
                            + "back (`sale-state`)")})
    @PostMapping("/api/sales/sales/{id}/cancel")
    SaleResponse cancelSale(@PathVariable UUID id, Principal user) {
        return mapper.toResponse(changeSale.cancel(id, user.getName()));
    }
}
