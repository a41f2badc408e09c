package io.elif.reporting.application;

import io.elif.reporting.domain.Contribution;
import io.elif.reporting.domain.ContainerChange;
import io.elif.reporting.domain.DebtChange;
import io.elif.reporting.domain.ProductCost;
import io.elif.reporting.domain.SaleBook.BookedSale;
import io.elif.sales.ReturnAccepted;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Reporting's own tables, written by the events it listens to. */
public interface ReadModels {

    /**
     * Records that the event of this kind about this document is being taken; false when it was taken before (a
     * second delivery), so that it counts once.
     */
    boolean firstDelivery(UUID documentId, String kind);

    /** Adds each contribution to its daily row, opening the row when missing. */
    void add(List<Contribution> contributions);

    /** The category key of each product ('' for none), as the catalogue's events last said. */
    Map<UUID, String> categories(Collection<UUID> productIds);

    /** Keeps a completed sale for its later returns. */
    void keep(BookedSale sale);

    /** A kept sale, locked until the transaction ends. */
    Optional<BookedSale> lockSale(UUID saleId);

    /** What the sale's products have had back after a return. */
    void returned(UUID saleId, List<ProductCost> products);

    /** Adds a payment to its day, method and taker. */
    void addPayment(LocalDate day, String method, String takenBy, BigDecimal amount);

    /**
     * Holds the sale's key until the transaction ends, booked or not, so that a sale and a return of it that arrive
     * together are booked one after the other and a parked return is never missed.
     */
    void lockSaleKey(UUID saleId);

    /** Keeps a return whose sale is not booked yet, until it is. */
    void park(ReturnAccepted accepted);

    /** Takes the returns parked for the sale out of the waiting room, in the order they were made. */
    List<ReturnAccepted> unparkFor(UUID saleId);

    /**
     * Keeps a completed sale's due date for the ageing of what it owes (its business day when it left nothing unpaid
     * or its event carries none).
     */
    void keepDebt(UUID saleId, UUID customerId, String number, LocalDate businessDate, LocalDate dueDate);

    /** Adds changes of what customers owe, sale by sale. */
    void changeDebts(List<DebtChange> changes);

    /** Adds changes of the containers customers hold. */
    void changeContainers(List<ContainerChange> changes);

    /** Empties every read model but the products' names (which the catalogue's events replace anyway). */
    void clear();

    /** The product's SKU and name for the reports, created or replaced. */
    void describe(UUID productId, String sku, String name, UUID categoryId);
}
