package io.elif.sales.adapter.web;

import io.elif.kernel.Idempotent;
import io.elif.sales.adapter.web.TillRequests.CashMovementRequest;
import io.elif.sales.adapter.web.TillRequests.CloseSessionRequest;
import io.elif.sales.adapter.web.TillRequests.OpenSessionRequest;
import io.elif.sales.adapter.web.TillRequests.TillRequest;
import io.elif.sales.adapter.web.TillResponses.CurrentSessionResponse;
import io.elif.sales.adapter.web.TillResponses.MovementResponse;
import io.elif.sales.adapter.web.TillResponses.ReportResponse;
import io.elif.sales.adapter.web.TillResponses.SessionPageResponse;
import io.elif.sales.adapter.web.TillResponses.SessionResponse;
import io.elif.sales.adapter.web.TillResponses.TillListResponse;
import io.elif.sales.adapter.web.TillResponses.TillResponse;
import io.elif.sales.application.AdministerTills;
import io.elif.sales.application.FindTills;
import io.elif.sales.application.RunTill;
import io.elif.sales.application.TillSessionSearch;
import io.elif.sales.domain.CashCount;
import io.elif.sales.domain.TillSession;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Tills and their sessions over HTTP: a clerk opens a session with a float, takes cash through it (sales and payments
 * in cash need it), puts cash in or takes it out, closes it with the cash counted and reads its Z report. A clerk
 * (SALES) sees only their own sessions, another's is not found; a manager (MANAGER or ADMIN) sees and closes any.
 */
@Tag(name = "Tills", description = "Cash registers, clerks' sessions with their cash ledger, closing counts and Z reports")
@RestController
class TillController {

    static final int MAX_PAGE_SIZE = 100;

    private final AdministerTills administerTills;
    private final RunTill runTill;
    private final FindTills findTills;
    private final TillWebMapper mapper;

    TillController(AdministerTills administerTills, RunTill runTill, FindTills findTills, TillWebMapper mapper) {
        this.administerTills = administerTills;
        this.runTill = runTill;
        this.findTills = findTills;
        this.mapper = mapper;
    }

    @Operation(summary = "List the tenant's tills, by code")
    @GetMapping("/api/sales/tills")
    TillListResponse listTills() {
        return new TillListResponse(findTills.tills().stream().map(mapper::toResponse).toList());
    }

    @Operation(summary = "Add a till", responses = {
            @ApiResponse(responseCode = "201", description = "The till"),
            @ApiResponse(responseCode = "409", description = "The code is taken, whatever its case (`duplicate-code`)")})
    @PostMapping("/api/sales/tills")
    ResponseEntity<TillResponse> createTill(@Valid @RequestBody TillRequest request) {
        var till = administerTills.create(request.code(), request.name());
        return ResponseEntity.created(URI.create("/api/sales/tills/" + till.id())).body(mapper.toResponse(till));
    }

    @Operation(summary = "Change a till's code and name, retire it (active false: no new session) or bring it back",
            responses = {
                    @ApiResponse(responseCode = "200", description = "The till as changed"),
                    @ApiResponse(responseCode = "409", description = "The code is taken (`duplicate-code`)")})
    @PutMapping("/api/sales/tills/{id}")
    TillResponse changeTill(@PathVariable UUID id, @Valid @RequestBody TillRequest request) {
        return mapper.toResponse(administerTills.change(id, request.code(), request.name(),
                !Boolean.FALSE.equals(request.active())));
    }

    @Operation(summary = "Open a session on a till with a cash float",
            description = "One open session per till and per clerk. The float is the ledger's first line.",
            responses = {
                    @ApiResponse(responseCode = "201", description = "The open session"),
                    @ApiResponse(responseCode = "409", description = "The till or the caller has a session open "
                            + "already (`till-session-open`, `conflict`: TILL or CLERK)")})
    @Idempotent
    @PostMapping("/api/sales/tills/{id}/sessions")
    ResponseEntity<SessionResponse> openTillSession(@PathVariable UUID id, @Valid @RequestBody OpenSessionRequest request,
                                                    Principal user) {
        var view = runTill.open(id, request.openingFloat(), user.getName());
        return ResponseEntity.created(URI.create("/api/sales/till-sessions/" + view.session().id()))
                .body(mapper.toResponse(view));
    }

    @Operation(summary = "The caller's open till session with its cash, or null when they have none")
    @GetMapping("/api/sales/till-sessions/current")
    CurrentSessionResponse currentTillSession(Principal user) {
        return new CurrentSessionResponse(findTills.current(user.getName()).map(mapper::toResponse).orElse(null));
    }

    @Operation(summary = "Search till sessions by till, clerk, state and business date, newest first, with their "
            + "expected cash and differences",
            description = "A SALES user sees only their own sessions (a clerk filter naming another finds nothing).")
    @GetMapping("/api/sales/till-sessions")
    SessionPageResponse searchTillSessions(@RequestParam(required = false) UUID tillId,
                                           @RequestParam(required = false) @Size(max = 100) String clerk,
                                           @RequestParam(required = false) TillSession.State state,
                                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                           @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                                           @RequestParam(defaultValue = "20") @Min(1) @Max(MAX_PAGE_SIZE) int size,
                                           Principal user, HttpServletRequest caller) {
        return mapper.toResponse(findTills.search(new TillSessionSearch(tillId, clerk, state, from, to, page, size),
                user.getName(), Callers.isManager(caller)));
    }

    @Operation(summary = "Read a till session with its cash ledger", description = "Another clerk's session is not found.")
    @GetMapping("/api/sales/till-sessions/{id}")
    SessionResponse getTillSession(@PathVariable UUID id, Principal user, HttpServletRequest caller) {
        return mapper.toResponse(findTills.session(id, user.getName(), Callers.isManager(caller)));
    }

    @Operation(summary = "Put cash in (PAID_IN) or take cash out (PAID_OUT) of an open session, with why",
            description = "Taking out more than the drawer should hold is refused (400 naming `amount`).",
            responses = {
                    @ApiResponse(responseCode = "201", description = "The ledger's new line"),
                    @ApiResponse(responseCode = "409", description = "The session is closed (`till-closed`)")})
    @Idempotent
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/api/sales/till-sessions/{id}/movements")
    MovementResponse moveTillCash(@PathVariable UUID id, @Valid @RequestBody CashMovementRequest request,
                                  Principal user, HttpServletRequest caller) {
        return mapper.toResponse(runTill.move(id, request.kind(), request.amount(), request.reason(), user.getName(),
                Callers.isManager(caller)));
    }

    @Operation(summary = "Close a session with the cash counted, by denominations or as one figure",
            description = "The server computes expected (float + cash in - cash out, the ledger's sum) and the "
                    + "difference (counted - expected: over when positive, short when negative) and keeps them. "
                    + "Closing again changes nothing: the session is answered as the first close left it.",
            responses = @ApiResponse(responseCode = "200", description = "The closed session (also when it already was)"))
    @PostMapping("/api/sales/till-sessions/{id}/close")
    SessionResponse closeTillSession(@PathVariable UUID id, @Valid @RequestBody CloseSessionRequest request,
                                     Principal user, HttpServletRequest caller) {
        var denominations = request.denominations() == null ? List.<CashCount.Denomination>of()
                : request.denominations().stream()
                .map(line -> new CashCount.Denomination(line.value(), line.count())).toList();
        return mapper.toResponse(runTill.close(id, denominations, request.counted(), user.getName(),
                Callers.isManager(caller)));
    }

    @Operation(summary = "A session's Z report: sales, payments by method, deposits, cash in and out, expected, counted "
            + "and difference", description = "Derived from the documents: the sales the clerk completed and the "
            + "payments they took during the session, the deposit refunds it paid out and its cash ledger.")
    @GetMapping("/api/sales/till-sessions/{id}/report")
    ReportResponse tillSessionReport(@PathVariable UUID id, Principal user, HttpServletRequest caller) {
        return mapper.toResponse(findTills.report(id, user.getName(), Callers.isManager(caller)));
    }
}
