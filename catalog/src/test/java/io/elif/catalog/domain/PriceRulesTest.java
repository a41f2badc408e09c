package io.elif.catalog.domain;

import io.elif.kernel.InvalidInputException;
import io.elif.catalog.PriceLevel;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PriceRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

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
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> PriceEntry.of(new NewPrice(null, PriceLevel.LEVEL_1, BigDecimal.TEN, TODAY.minusDays(1)), TODAY))
                .satisfies(e -> assertThat(e.field()).contains("validFrom"));
    }

    @Test
    void amountsAreNeverRoundedNorNegative() {
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> PriceEntry.of(new NewPrice(null, PriceLevel.LEVEL_1, new BigDecimal("1.005"), null), TODAY))
                .satisfies(e -> assertThat(e.field()).contains("amount"));
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> Money.amount(new BigDecimal("-0.01"), "deposit"))
                .withMessageContaining("negative");
        assertThat(Money.amount(new BigDecimal("1.500"), "x")).isEqualByComparingTo("1.50").hasScaleOf(2);
    }

    @Test
    void aNewProductNeedsALevelOnePrice() {
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> PriceEntry.initial(null, Map.of(PriceLevel.WHOLESALE, BigDecimal.ONE), true, TODAY))
                .satisfies(e -> assertThat(e.field()).contains("prices[LEVEL_1]"));
        assertThat(PriceEntry.initial(UUID.randomUUID(), Map.of(PriceLevel.WHOLESALE, BigDecimal.ONE), false, TODAY)).hasSize(1);
    }
}
