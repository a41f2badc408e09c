package io.elif.inventory.domain;

import io.elif.kernel.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class AdjustmentTest {

    private final UUID product = UUID.randomUUID();

    @Test
    void lossesLowerFindsRaiseCorrectionsGoEitherWay() {
        assertThat(Adjustment.validated(new StockAdjustment(product, -1, AdjustmentReason.EXPIRED, null, "w"))).isNotNull();
        assertThat(Adjustment.validated(new StockAdjustment(product, 4, AdjustmentReason.FOUND, null, "w"))).isNotNull();
        assertThat(Adjustment.validated(new StockAdjustment(product, -4, AdjustmentReason.CORRECTION, null, "w"))).isNotNull();
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> Adjustment.validated(new StockAdjustment(product, 1, AdjustmentReason.THEFT, null, "w")))
                .satisfies(e -> assertThat(e.field()).contains("quantity"));
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> Adjustment.validated(new StockAdjustment(product, -1, AdjustmentReason.FOUND, null, "w")));
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> Adjustment.validated(new StockAdjustment(product, 0, AdjustmentReason.CORRECTION, null, "w")));
    }
}
