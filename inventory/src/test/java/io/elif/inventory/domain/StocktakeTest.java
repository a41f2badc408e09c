package io.elif.inventory.domain;

import io.elif.inventory.StockStateException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class StocktakeTest {

    private static final Instant START = Instant.parse("2026-03-02T08:00:00Z");
    private static final Instant LATER = START.plusSeconds(3600);

    private static final Stocktake.Line SHORT = new Stocktake.Line(UUID.randomUUID(), "S", "Short", "", null, 10L, 8L);
    private static final Stocktake.Line EXACT = new Stocktake.Line(UUID.randomUUID(), "E", "Exact", "", null, 5L, 5L);
    private static final Stocktake.Line UNCOUNTED = new Stocktake.Line(UUID.randomUUID(), "U", "Uncounted", "", null, 3L, null);

    private static Stocktake counting() {
        return new Stocktake(UUID.randomUUID(), "C-2026-000001", Stocktake.State.COUNTING, "MAIN", UUID.randomUUID(), "BACK",
                true, START, "counter", null, null, null, null, List.of(SHORT, EXACT, UNCOUNTED));
    }

    @Test
    void aSubmittedSheetIsApprovedOnceAndBooksOnlyTheVariancesOfCountedLines() {
        var submitted = counting().submitted("counter", LATER);
        assertThat(submitted.state()).isEqualTo(Stocktake.State.SUBMITTED);
        assertThat(submitted.submittedBy()).isEqualTo("counter");
        assertThat(submitted.submittedAt()).isEqualTo(LATER);

        var approval = submitted.approved("manager", LATER);

        assertThat(approval.stocktake().state()).isEqualTo(Stocktake.State.APPROVED);
        assertThat(approval.stocktake().closedBy()).isEqualTo("manager");
        assertThat(approval.variances()).containsExactly(SHORT);
        assertThatExceptionOfType(StockStateException.class)
                .isThrownBy(() -> approval.stocktake().approved("manager", LATER))
                .withMessage("Stocktake C-2026-000001 is approved, not submitted");
        assertThatExceptionOfType(StockStateException.class)
                .isThrownBy(() -> approval.stocktake().cancelled("manager", LATER));
    }

    @Test
    void countsAreTakenAndSheetsSubmittedOnlyWhileCounting() {
        var submitted = counting().submitted("counter", LATER);

        assertThatExceptionOfType(StockStateException.class).isThrownBy(submitted::requireCounting);
        assertThatExceptionOfType(StockStateException.class).isThrownBy(() -> submitted.submitted("counter", LATER));
        assertThatExceptionOfType(StockStateException.class).isThrownBy(() -> counting().approved("manager", LATER))
                .withMessage("Stocktake C-2026-000001 is counting, not submitted");
        assertThat(submitted.cancelled("manager", LATER).state()).isEqualTo(Stocktake.State.CANCELLED);
    }
}
