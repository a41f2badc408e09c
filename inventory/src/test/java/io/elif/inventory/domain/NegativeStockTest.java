package io.elif.inventory.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NegativeStockTest {

    private static final List<Fefo.Candidate> FIVE_FREE = List.of(new Fefo.Candidate(1, "L1", 5));

    @Test
    void aShortfallIsRefusedUnlessTheWarehouseAllowsNegativeStock() {
        var allocation = Fefo.allocate(FIVE_FREE, 8);

        assertThat(NegativeStock.cover(allocation, false, () -> 9)).isEmpty();
        assertThat(NegativeStock.cover(allocation, true, () -> 9))
                .contains(List.of(new Fefo.Take(1, 5), new Fefo.Take(9, 3)));
    }

    @Test
    void coveredStockNeedsNoPermissionAndNoFallback() {
        var allocation = Fefo.allocate(FIVE_FREE, 4);

        assertThat(NegativeStock.cover(allocation, false, () -> {
            throw new AssertionError("no fallback balance is opened when the free stock covers the quantity");
        })).contains(List.of(new Fefo.Take(1, 4)));
    }
}
