package io.elif.inventory.application;


import io.elif.inventory.domain.Stocktake;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stocktakes, as stored. */
public interface StocktakeSheets {

    void add(UUID id, String number, UUID locationId, boolean blind, String actor, List<StockLedger.Held> expected);

    /** The sheet with all its lines, locked until the transaction ends. */
    Optional<Stocktake> lock(UUID id);

    /** Sets a line's count, adding the line (with its expected quantity) when the sheet lacks it. */
    void count(UUID id, UUID productId, String lot, LocalDate bestBefore, long expected, long counted);

    /** Stores the sheet's state and who moved it there when (its lines are stored by {@link #count}). */
    void changed(Stocktake sheet);

    Optional<Stocktake> byId(UUID id);

    List<Stocktake> list(Stocktake.State state, int limit);
}
