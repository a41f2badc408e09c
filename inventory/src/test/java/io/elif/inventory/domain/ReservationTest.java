package io.elif.inventory.domain;

import io.elif.inventory.ReservationLine;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ReservationTest {

    private final UUID first = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private final UUID second = UUID.fromString("00000000-0000-0000-0000-000000000002");

    @Test
    void mergesLinesOfOneProductAndOrdersThemByProduct() {
        var reservation = new Reservation("S-1", List.of(new ReservationLine(second, 2), new ReservationLine(first, 1),
                new ReservationLine(second, 3)));

        assertThat(reservation.lines()).containsExactly(new ReservationLine(first, 1), new ReservationLine(second, 5));
    }

    @Test
    void refusesEmptyReferencesLinesAndNonPositiveQuantities() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Reservation(" ", List.of(new ReservationLine(first, 1))));
        assertThatIllegalArgumentException().isThrownBy(() -> new Reservation("S-1", List.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> new Reservation("S-1", List.of(new ReservationLine(first, 0))));
        assertThatIllegalArgumentException().isThrownBy(() -> new Reservation("S-1", List.of(new ReservationLine(first, -3))));
    }
}
