package io.elif.sales.application;

import io.elif.sales.domain.Sale;

import java.util.Optional;
import java.util.UUID;

/** The tenant's sales with their lines, as stored. */
public interface Sales {

    /**
     * The next number of the year's series ({@code sale-2026}): its counter row, locked until the transaction ends, so
     * that concurrent creations get consecutive numbers, never the same one, and a refused creation gives its back.
     */
    long nextNumber(int year);

    void add(Sale sale);

    /** The sale locked against concurrent transitions for the rest of the transaction. */
    Optional<Sale> lock(UUID id);

    Optional<Sale> byId(UUID id);

    /** Stores a transition: the state and who did it when. */
    void changed(Sale sale);

    /** Stores a draft's new lines and totals. */
    void linesReplaced(Sale sale);

    /** Stores a draft's new customer, price level, lines and totals. */
    void customerChanged(Sale sale);

    /** One query per page, newest first. */
    SalePage search(SaleSearch search);
}
