package io.elif.inventory;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The stocktake workflow: start a sheet, count, submit, and approve (posting the variances) or cancel. */
public interface Stocktakes {

    int MAX_COUNTS = 500;

    /** A sheet with a line per product and lot the location holds. */
    Stocktake start(UUID locationId, boolean blind, String actor);

    /** Records counted quantities; a product or lot not on the sheet gets a line of its own. */
    Stocktake count(UUID stocktakeId, List<Stocktake.Count> counts);

    Stocktake submit(UUID stocktakeId, String actor);

    /** Posts every counted line's variance as a STOCKTAKE movement; uncounted lines change nothing. */
    Stocktake approve(UUID stocktakeId, String actor);

    Stocktake cancel(UUID stocktakeId, String actor);

    /** As its viewers may see it (see {@link Stocktake#asShown()}). */
    Optional<Stocktake> stocktake(UUID stocktakeId);

    /** Newest first, at most 200; {@code state} null for all. Lines are left out. */
    List<Stocktake> stocktakes(Stocktake.State state);
}
