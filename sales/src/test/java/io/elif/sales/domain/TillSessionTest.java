package io.elif.sales.domain;

import io.elif.kernel.MoneyUnit;
import io.elif.kernel.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class TillSessionTest {

    private static final MoneyUnit ARIARY = new MoneyUnit(0);
    private static final Sale.Stamp OPENED = new Sale.Stamp("clerk", Instant.parse("2026-12-03T07:00:00Z"));
    private static final Sale.Stamp CLOSED = new Sale.Stamp("clerk", Instant.parse("2026-12-03T17:00:00Z"));

    private final Till till = new Till(UUID.randomUUID(), "till-1", "Till 1", true);

    @Test
    void expectedIsTheFloatPlusCashInLessCashOut() {
        var ledger = new CashLedger(money("50000"), money("13200"), money("600"), money("1000"), money("2500"));

        assertThat(ledger.expected()).isEqualByComparingTo("61100");
    }

    @Test
    void closingKeepsExpectedCountedAndTheDifferenceOnce() {
        var session = TillSession.open(UUID.randomUUID(), till, "clerk", money("50000"), LocalDate.of(2026, 12, 3), OPENED);
        var ledger = new CashLedger(money("50000"), money("13200"), money("600"), money("1000"), money("2500"));
        var count = CashCount.of(List.of(new CashCount.Denomination(new BigDecimal("1000"), 1),
                new CashCount.Denomination(new BigDecimal("10000"), 6)), null, ARIARY);

        var closed = session.close(count, ledger, CLOSED);

        assertThat(closed.changed()).isTrue();
        assertThat(closed.session().state()).isEqualTo(TillSession.State.CLOSED);
        assertThat(closed.session().closing().counted()).isEqualByComparingTo("61000");
        assertThat(closed.session().closing().difference()).isEqualByComparingTo("-100");
        assertThat(closed.session().closing().count().denominations()).extracting(CashCount.Denomination::value)
                .containsExactly(money("10000"), money("1000"));
        var again = closed.session().close(CashCount.of(null, new BigDecimal("99999"), ARIARY),
                new CashLedger(money("0"), money("0"), money("0"), money("0"), money("0")), CLOSED);
        assertThat(again.changed()).isFalse();
        assertThat(again.session()).isEqualTo(closed.session());
        var over = session.close(CashCount.of(null, new BigDecimal("61150"), ARIARY), ledger, CLOSED);
        assertThat(over.session().closing().difference()).isEqualByComparingTo("50");
        assertThat(session.floatMovement(UUID.randomUUID()).amount()).isEqualByComparingTo("50000");
    }

    @Test
    void aCountIsDenominationsOrOneFigureInTheMoneyUnit() {
        assertThat(field(() -> CashCount.of(List.of(new CashCount.Denomination(BigDecimal.TEN, 1)), BigDecimal.TEN, ARIARY)))
                .isEqualTo("counted");
        assertThat(field(() -> CashCount.of(List.of(), null, ARIARY))).isEqualTo("denominations");
        assertThat(field(() -> CashCount.of(List.of(new CashCount.Denomination(BigDecimal.TEN, 1),
                new CashCount.Denomination(new BigDecimal("10.00"), 2)), null, ARIARY))).isEqualTo("denominations[1].value");
        assertThat(field(() -> CashCount.of(List.of(new CashCount.Denomination(BigDecimal.ZERO, 1)), null, ARIARY)))
                .isEqualTo("denominations[0].value");
        assertThat(field(() -> CashCount.of(List.of(new CashCount.Denomination(new BigDecimal("0.5"), 1)), null, ARIARY)))
                .isEqualTo("denominations[0].value");
        assertThat(field(() -> CashCount.of(List.of(new CashCount.Denomination(BigDecimal.ONE, -1)), null, ARIARY)))
                .isEqualTo("denominations[0].count");
        assertThat(field(() -> CashCount.of(null, new BigDecimal("-1"), ARIARY))).isEqualTo("counted");
        assertThat(CashCount.of(List.of(new CashCount.Denomination(new BigDecimal("0.50"), 3)), null, new MoneyUnit(2))
                .total()).isEqualByComparingTo("1.50");
    }

    @Test
    void cashByHandNeedsAReasonAndMovesTheRightWay() {
        var out = TillMovement.byHand(UUID.randomUUID(), UUID.randomUUID(), TillMovement.Kind.PAID_OUT, money("2500"),
                " window cleaner ", OPENED);
        assertThat(out.amount()).isEqualByComparingTo("-2500");
        assertThat(out.reference()).isEqualTo("window cleaner");
        assertThat(field(() -> TillMovement.byHand(UUID.randomUUID(), UUID.randomUUID(), TillMovement.Kind.PAID_IN,
                money("1"), " ", OPENED))).isEqualTo("reason");
        assertThat(field(() -> TillMovement.byHand(UUID.randomUUID(), UUID.randomUUID(), TillMovement.Kind.REFUND,
                money("1"), "why", OPENED))).isEqualTo("kind");
        assertThat(field(() -> TillSession.open(UUID.randomUUID(), new Till(till.id(), "T", "T", false), "clerk",
                money("0"), LocalDate.of(2026, 12, 3), OPENED))).isEqualTo("tillId");
    }

    private static String field(Runnable refused) {
        var refusal = org.assertj.core.api.Assertions.catchThrowableOfType(InvalidInputException.class, refused::run);
        assertThat(refusal).as("refused").isNotNull();
        return refusal.field().orElseThrow();
    }

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount).setScale(2);
    }
}
