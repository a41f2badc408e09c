package io.elif.sales.application;

import io.elif.sales.domain.Sale;

import java.util.Optional;
import java.util.UUID;

/** The tenant's sales with their lines, as stored. */
public interface Sales {

    void add(Sale sale);

    /** The sale locked against concurrent transitions for the rest of the transaction. */
    Optional<Sale> lock(UUID id);

    Optional<Sale> byId(UUID id);

    /** Stores a transition: the state and who did it when. */
    void changed(Sale sale);

    /** Stores a draft's new lines and totals. */
    void linesReplaced(Sale sale);

    /** One query per page, newest first. */
    SalePage search(SaleSearch search);
}
