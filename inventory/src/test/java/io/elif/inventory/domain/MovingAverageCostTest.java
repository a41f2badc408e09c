package io.elif.inventory.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class MovingAverageCostTest {

    @Test
    void blendsAReceiptIntoTheAverageByQuantity() {
        // 10 at 100 and 30 at 120: (1000 + 3600) / 40
        assertThat(MovingAverageCost.after(10, new BigDecimal("100"), 30, new BigDecimal("120")))
                .isEqualByComparingTo("115.0000");
    }

    @Test
    void roundsToFourDecimalsHalfEven() {
        assertThat(MovingAverageCost.after(1, new BigDecimal("1"), 2, new BigDecimal("2"))).isEqualTo(new BigDecimal("1.6667"));
    }

    @Test
    void takesTheReceiptsCostWhenNothingOrLessIsOnHand() {
        assertThat(MovingAverageCost.after(0, new BigDecimal("99"), 5, new BigDecimal("80"))).isEqualTo(new BigDecimal("80.0000"));
        assertThat(MovingAverageCost.after(-3, new BigDecimal("99"), 5, new BigDecimal("80"))).isEqualTo(new BigDecimal("80.0000"));
    }
}
