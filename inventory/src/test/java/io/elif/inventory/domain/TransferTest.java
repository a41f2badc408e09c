package io.elif.inventory.domain;

import io.elif.inventory.StockStateException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class TransferTest {

    private static final Instant SENT = Instant.parse("2026-03-02T08:00:00Z");
    private static final Location BACK = location("MAIN", "BACK");
    private static final Location FRONT = location("MAIN", "FRONT");
    private static final Location DEPOT = location("DEPOT", "MAIN");
    private static final List<Transfer.Line> LINES = List.of(new Transfer.Line(UUID.randomUUID(), null, null, "L1", null, 4));

    private static Location location(String warehouse, String code) {
        return new Location(UUID.randomUUID(), code, true, UUID.randomUUID(), warehouse, true, false);
    }

    @Test
    void aTransferIsInTransitUntilReceivedOnce() {
        var sent = Transfer.sent(UUID.randomUUID(), "T-2026-000001", BACK, DEPOT, null, SENT, "mover", LINES);
        assertThat(sent.state()).isEqualTo(Transfer.State.IN_TRANSIT);
        assertThat(sent.withinOneWarehouse()).isFalse();

        var received = sent.received("depot", SENT.plusSeconds(60));

        assertThat(received.state()).isEqualTo(Transfer.State.RECEIVED);
        assertThat(received.receivedBy()).isEqualTo("depot");
        assertThat(received.lines()).isEqualTo(LINES);
        assertThatExceptionOfType(StockStateException.class).isThrownBy(() -> received.received("again", SENT))
                .withMessage("Transfer T-2026-000001 was received already");
    }

    @Test
    void withinOneWarehouseTheGoodsArriveAtOnce() {
        assertThat(Transfer.sent(UUID.randomUUID(), "T-2026-000002", BACK, FRONT, null, SENT, "mover", LINES)
                .withinOneWarehouse()).isTrue();
    }
}
