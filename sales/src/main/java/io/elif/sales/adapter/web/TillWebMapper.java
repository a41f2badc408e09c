package io.elif.sales.adapter.web;

import io.elif.sales.adapter.web.TillResponses.CashResponse;
import io.elif.sales.adapter.web.TillResponses.DenominationResponse;
import io.elif.sales.adapter.web.TillResponses.MethodFigures;
import io.elif.sales.adapter.web.TillResponses.MovementResponse;
import io.elif.sales.adapter.web.TillResponses.ReportResponse;
import io.elif.sales.adapter.web.TillResponses.SalesFigures;
import io.elif.sales.adapter.web.TillResponses.SessionPageResponse;
import io.elif.sales.adapter.web.TillResponses.SessionResponse;
import io.elif.sales.adapter.web.TillResponses.SessionSummaryResponse;
import io.elif.sales.adapter.web.TillResponses.TillResponse;
import io.elif.sales.application.TillReport;
import io.elif.sales.application.TillSessionPage;
import io.elif.sales.application.TillSessionView;
import io.elif.sales.domain.CashLedger;
import io.elif.sales.domain.Till;
import io.elif.sales.domain.TillMovement;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.List;

/** The till's answers, mapped by hand: a few flat records. */
@Component
class TillWebMapper {

    TillResponse toResponse(Till till) {
        return new TillResponse(till.id(), till.code(), till.name(), till.active());
    }

    SessionResponse toResponse(TillSessionView view) {
        var session = view.session();
        var closing = session.closing();
        return new SessionResponse(session.id(), session.tillId(), session.tillCode(), session.clerk(), session.state(),
                session.businessDate(), session.opened().at(), cash(view.ledger()),
                closing == null ? null : amount(closing.counted()),
                closing == null ? null : amount(closing.difference()),
                closing == null ? List.of() : closing.count().denominations().stream()
                        .map(line -> new DenominationResponse(amount(line.value()), line.count())).toList(),
                closing == null ? null : closing.closed().by(), closing == null ? null : closing.closed().at(),
                view.movements().stream().map(this::toResponse).toList());
    }

    MovementResponse toResponse(TillMovement movement) {
        return new MovementResponse(movement.id(), movement.kind(), amount(movement.amount()), movement.paymentId(),
                movement.reference(), movement.made().by(), movement.made().at());
    }

    SessionPageResponse toResponse(TillSessionPage page) {
        return new SessionPageResponse(page.items().stream().map(item -> new SessionSummaryResponse(item.id(),
                item.tillId(), item.tillCode(), item.tillName(), item.clerk(), item.state(), item.businessDate(),
                amount(item.openingFloat()), item.openedAt(), amount(item.expected()), amount(item.counted()),
                amount(item.difference()), item.closedBy(), item.closedAt())).toList(),
                page.page(), page.size(), page.totalItems(), page.totalPages());
    }

    ReportResponse toResponse(TillReport report) {
        var session = report.session();
        var closing = session.closing();
        var cash = report.cash();
        var sales = report.sales();
        return new ReportResponse(session.id(), session.tillCode(), session.clerk(), session.state(),
                session.businessDate(), session.opened().at(), closing == null ? null : closing.closed().at(),
                new SalesFigures(sales.count(), amount(sales.total()), amount(sales.tax()), amount(sales.net())),
                report.payments().stream().map(line -> new MethodFigures(line.method(), line.count(),
                        amount(line.amount()))).toList(),
                amount(report.depositsTaken()), amount(report.depositsReturned()), amount(cash.refunds()),
                amount(cash.paidIn()), amount(cash.paidOut()), amount(cash.openingFloat()), amount(cash.payments()),
                amount(closing == null ? cash.expected() : closing.expected()),
                closing == null ? null : amount(closing.counted()), closing == null ? null : amount(closing.difference()));
    }

    private static CashResponse cash(CashLedger ledger) {
        return new CashResponse(amount(ledger.openingFloat()), amount(ledger.payments()), amount(ledger.refunds()),
                amount(ledger.paidIn()), amount(ledger.paidOut()), amount(ledger.expected()));
    }

    /** Money travels as a decimal string with two decimals, as stored. */
    private static String amount(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2).toPlainString();
    }
}
