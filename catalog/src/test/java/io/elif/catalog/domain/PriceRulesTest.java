package io.elif.catalog.domain;

import io.elif.catalog.InvalidCatalogInputException;
import io.elif.catalog.NewPrice;
import io.elif.catalog.PriceChange;
import io.elif.catalog.PriceLevel;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PriceRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final Instant NOON = Instant.parse("2026-03-10T12:00:00Z");

    @Test
    void aNewPriceStartsTodayUnlessLater() {
        var today = PriceEntry.of(new NewPrice(null, PriceLevel.LEVEL_2, new BigDecimal("2400.5"), null), TODAY);
        var later = PriceEntry.of(new NewPrice(null, PriceLevel.LEVEL_2, new BigDecimal("2600"), TODAY.plusDays(5)), TODAY);

        assertThat(today.validFrom()).isEqualTo(TODAY);
        assertThat(today.amount()).isEqualByComparingTo("2400.50").hasScaleOf(2);
        assertThat(later.validFrom()).isEqualTo(TODAY.plusDays(5));
    }

    @Test
    void aPriceCannotStartInThePast() {
        assertThatExceptionOfType(InvalidCatalogInputException.class)
                .isThrownBy(() -> PriceEntry.of(new NewPrice(null, PriceLevel.LEVEL_1, BigDecimal.TEN, TODAY.minusDays(1)), TODAY))
                .satisfies(e -> assertThat(e.field()).contains("validFrom"));
    }

    @Test
    void amountsAreNeverRoundedNorNegative() {
        assertThatExceptionOfType(InvalidCatalogInputException.class)
                .isThrownBy(() -> PriceEntry.of(new NewPrice(null, PriceLevel.LEVEL_1, new BigDecimal("1.005"), null), TODAY))
                .satisfies(e -> assertThat(e.field()).contains("amount"));
        assertThatExceptionOfType(InvalidCatalogInputException.class)
                .isThrownBy(() -> Money.amount(new BigDecimal("-0.01"), "deposit"))
                .withMessageContaining("negative");
        assertThat(Money.amount(new BigDecimal("1.500"), "x")).isEqualByComparingTo("1.50").hasScaleOf(2);
    }

    @Test
    void aNewProductNeedsALevelOnePrice() {
        assertThatExceptionOfType(InvalidCatalogInputException.class)
                .isThrownBy(() -> PriceEntry.initial(null, Map.of(PriceLevel.WHOLESALE, BigDecimal.ONE), true, TODAY))
                .satisfies(e -> assertThat(e.field()).contains("prices[LEVEL_1]"));
        assertThat(PriceEntry.initial(UUID.randomUUID(), Map.of(PriceLevel.WHOLESALE, BigDecimal.ONE), false, TODAY)).hasSize(1);
    }

    @Test
    void theCurrentPriceIsTheLatestValidFromUpToTheDateThenTheLatestRecorded() {
        var pack = UUID.randomUUID();
        var history = List.of(
                change(null, PriceLevel.LEVEL_1, "2000.00", TODAY.minusDays(30), NOON.minusSeconds(3600 * 24 * 30)),
                change(null, PriceLevel.LEVEL_1, "2100.00", TODAY.minusDays(2), NOON.minusSeconds(60)),
                change(null, PriceLevel.LEVEL_1, "2150.00", TODAY.minusDays(2), NOON),
                change(null, PriceLevel.LEVEL_1, "9999.00", TODAY.plusDays(1), NOON),
                change(null, PriceLevel.WHOLESALE, "1800.00", TODAY, NOON),
                change(pack, PriceLevel.LEVEL_1, "48000.00", TODAY.minusDays(30), NOON));

        assertThat(PriceHistory.current(history, null, TODAY))
                .containsExactlyInAnyOrderEntriesOf(Map.of(PriceLevel.LEVEL_1, new BigDecimal("2150.00"),
                        PriceLevel.WHOLESALE, new BigDecimal("1800.00")));
        assertThat(PriceHistory.current(history, null, TODAY.minusDays(3))).containsOnlyKeys(PriceLevel.LEVEL_1)
                .containsEntry(PriceLevel.LEVEL_1, new BigDecimal("2000.00"));
        assertThat(PriceHistory.current(history, null, TODAY.plusDays(1))).containsEntry(PriceLevel.LEVEL_1, new BigDecimal("9999.00"));
        assertThat(PriceHistory.current(history, pack, TODAY)).containsExactly(Map.entry(PriceLevel.LEVEL_1, new BigDecimal("48000.00")));
        assertThat(PriceHistory.current(history, null, TODAY.minusDays(31))).isEmpty();
    }

    private static PriceChange change(UUID pack, PriceLevel level, String amount, LocalDate validFrom, Instant recordedAt) {
        return new PriceChange(pack, level, new BigDecimal(amount), validFrom, recordedAt, "manager");
    }
}
