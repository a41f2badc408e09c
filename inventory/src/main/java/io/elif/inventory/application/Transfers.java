package io.elif.inventory.application;

import io.elif.inventory.Transfer;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Transfers, as stored. */
public interface Transfers {

    void add(Transfer transfer);

    /** The transfer, locked until the transaction ends. */
    Optional<Transfer> lock(UUID id);

    void markReceived(UUID id, String actor);

    Optional<Transfer> byId(UUID id);

    List<Transfer> list(Transfer.State state, int limit);
}
