package io.elif.inventory.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class FefoTest {

    private static final List<Fefo.Candidate> EARLIEST_FIRST = List.of(new Fefo.Candidate(1, "SOON", 3),
            new Fefo.Candidate(2, "LATER", 5), new Fefo.Candidate(3, "", 10));

    @Test
    void takesTheEarliestLotsFirstAndOnlyWhatIsNeeded() {
        var allocation = Fefo.allocate(EARLIEST_FIRST, 6);

        assertThat(allocation.takes()).containsExactly(new Fefo.Take(1, 3), new Fefo.Take(2, 3));
        assertThat(allocation.shortfall()).isZero();
        assertThat(allocation.covered()).isEqualTo(6);
    }

    @Test
    void tellsWhatIsMissingWhenTheStockDoesNotSuffice() {
        var allocation = Fefo.allocate(EARLIEST_FIRST, 20);

        assertThat(allocation.covered()).isEqualTo(18);
        assertThat(allocation.shortfall()).isEqualTo(2);
    }

    @Test
    void refusesNothingToTake() {
        assertThatIllegalArgumentException().isThrownBy(() -> Fefo.allocate(EARLIEST_FIRST, 0));
    }
}
