package io.elif.sales.application;

import io.elif.sales.domain.CreditOverride;
import io.elif.sales.domain.Sale;

import java.time.LocalDate;

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

    /** Stores what a completion decided about the sale's money: its due date and a manager's credit override (or nulls). */
    void settled(UUID saleId, LocalDate dueDate, CreditOverride override);

    /** Stores a draft's new lines and totals. */
    void linesReplaced(Sale sale);

    /** Stores a draft's new customer, price level, lines and totals. */
    void customerChanged(Sale sale);

    /** One query per page, newest first. */
    SalePage search(SaleSearch search);
}
