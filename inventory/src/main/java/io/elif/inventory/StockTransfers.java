package io.elif.inventory;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stock moved between locations and warehouses, and crates opened into bottles. */
public interface StockTransfers {

    int MAX_LINES = 200;

    /** Takes the goods out of the source first-expired-first-out; all lines or none. */
    Transfer send(Transfer.Request request);

    /** @throws StockStateException when the transfer was received already */
    Transfer receive(UUID transferId, String actor);

    Optional<Transfer> transfer(UUID transferId);

    /** Newest first, at most 200; {@code state} null for all. */
    List<Transfer> transfers(Transfer.State state);

    BreakBulk.Result breakBulk(BreakBulk request);
}
