package io.elif.inventory.application;


import io.elif.inventory.domain.Transfer;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Transfers, as stored. */
public interface Transfers {

    void add(Transfer transfer);

    /** The transfer, locked until the transaction ends. */
    Optional<Transfer> lock(UUID id);

    /** Stores the transfer's state and who received it when (its lines are stored once, by {@link #add}). */
    void changed(Transfer transfer);

    Optional<Transfer> byId(UUID id);

    List<Transfer> list(Transfer.State state, int limit);
}
