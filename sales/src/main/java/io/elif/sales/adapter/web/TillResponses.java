package io.elif.sales.adapter.web;

import io.elif.sales.domain.PaymentMethod;
import io.elif.sales.domain.TillMovement;
import io.elif.sales.domain.TillSession;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the till endpoints answer; money travels as decimal strings. */
final class TillResponses {

    private TillResponses() {
    }

    record TillResponse(UUID id, String code, String name, boolean active) {
    }

    record TillListResponse(List<TillResponse> items) {
    }

    record DenominationResponse(String value, int count) {
    }

    /** What the drawer should hold, by kind: float + payments + paidIn - refunds - paidOut = expected. */
    record CashResponse(String openingFloat, String payments, String refunds, String paidIn, String paidOut,
                        String expected) {
    }

    record MovementResponse(UUID id, TillMovement.Kind kind, String amount, UUID paymentId, String reference, String by,
                            Instant at) {
    }

    /**
     * A session with its cash: expected is live while it is open; counted, difference (counted - expected: over when
     * positive, short when negative), the denominations counted and who closed it when come with the closing.
     */
    record SessionResponse(UUID id, UUID tillId, String tillCode, String clerk, TillSession.State state,
                           LocalDate businessDate, Instant openedAt, CashResponse cash, String counted,
                           String difference, List<DenominationResponse> denominations, String closedBy,
                           Instant closedAt, List<MovementResponse> movements) {
    }

    /** The caller's open session, or null when they have none. */
    record CurrentSessionResponse(SessionResponse session) {
    }

    record SessionSummaryResponse(UUID id, UUID tillId, String tillCode, String tillName, String clerk,
                                  TillSession.State state, LocalDate businessDate, String openingFloat,
                                  Instant openedAt, String expected, String counted, String difference,
                                  String closedBy, Instant closedAt) {
    }

    record SessionPageResponse(List<SessionSummaryResponse> items, int page, int size, long totalItems,
                               long totalPages) {
    }

    record SalesFigures(int count, String total, String tax, String net) {
    }

    record MethodFigures(PaymentMethod method, int count, String amount) {
    }

    /**
     * A session's Z report: the sales its clerk completed during it, the payments they took by method, deposits taken
     * with those sales and given back for empties, the cash (float, in, out, expected), counted and difference.
     */
    record ReportResponse(UUID sessionId, String tillCode, String clerk, TillSession.State state, LocalDate businessDate,
                          Instant openedAt, Instant closedAt, SalesFigures sales, List<MethodFigures> payments,
                          String depositsTaken, String depositsReturned, String refunds, String paidIn,
                          String paidOut, String openingFloat, String cashPayments, String expected, String counted,
                          String difference) {
    }
}
