package io.elif.inventory.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class StockValuationTest {

    @Test
    void eachWarehouseIsSummedExactlyThenRoundedToCentsHalfEven() {
        var main = UUID.randomUUID();
        var empty = UUID.randomUUID();
        var beer = UUID.randomUUID();
        var water = UUID.randomUUID();
        var value = StockValuation.of(List.of(
                        new StockValuation.Holding(main, "MAIN", "Main", beer, 3, new BigDecimal("0.3350")),
                        new StockValuation.Holding(main, "MAIN", "Main", water, 1, new BigDecimal("0.0025")),
                        new StockValuation.Holding(empty, "VAN", "Van", null, 0, BigDecimal.ZERO)),
                Map.of(beer, new BigDecimal("1.25")));

        // 3 x 0.335 + 0.0025 = 1.0075 -> 1.01 (half even at the third decimal 7); water has no price: 0 at retail
        assertThat(value.warehouses()).hasSize(2);
        assertThat(value.warehouses().getFirst().atCost()).isEqualByComparingTo("1.01");
        assertThat(value.warehouses().getFirst().atRetail()).isEqualByComparingTo("3.75");
        assertThat(value.warehouses().get(1).atCost()).isEqualTo(new BigDecimal("0.00"));
        assertThat(value.atCost()).isEqualTo(new BigDecimal("1.01"));
        assertThat(value.atRetail()).isEqualTo(new BigDecimal("3.75"));
    }
}
