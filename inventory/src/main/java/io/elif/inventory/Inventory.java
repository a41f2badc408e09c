package io.elif.inventory;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The inventory's facade for other modules and for the application's wiring: what bootstrap calls today (goods
 * receipts, warehouses and a transfer for the demo data, the stock-card repair, the consistency check) and the
 * direct calls sales makes while an order is taken (stock levels, reservations, returns). Each call is one
 * transaction; a refused call writes nothing.
 */
public interface Inventory {

    /** Company-wide on hand and reserved of a product that has a stock card. */
    Optional<StockLevel> stockLevel(UUID productId);

    /** Levels of those products that have a stock card. */
    List<StockLevel> stockLevels(Collection<UUID> productIds);

    /**
     * Books goods in, line by line, with lots and unit costs (which update the moving average cost); all lines or none.
     *
     * @throws io.elif.kernel.InvalidInputException naming the field at fault
     */
    List<StockLevel> receive(GoodsReceipt receipt);

    /** Takes goods a customer brought back into stock (no cost change). */
    List<StockLevel> acceptReturn(GoodsReceipt receipt);

    /**
     * Holds stock for an order in the default warehouse, all lines or none, first-expired-first-out and never from
     * expired lots. Calling again with the same reference and lines changes nothing, so a retried request never
     * reserves twice.
     *
     * @throws InsufficientStockException when a line exceeds what is available (nothing is reserved)
     * @throws ReservationConflictException when the reference was used with other lines
     */
    void reserve(String reference, List<ReservationLine> lines);

    /** As {@link #reserve(String, List)}, from the given warehouse. */
    void reserve(String reference, UUID warehouseId, List<ReservationLine> lines);

    /** Gives the reference's open reservations back to availability; repeating it changes nothing. */
    void release(String reference);

    /**
     * Turns the reference's open reservations into outgoing movements, and answers per product (in product order) the
     * base units issued at the moving average cost of that moment; repeating it changes nothing and answers nothing.
     */
    List<IssuedStock> issue(String reference);

    /** Every balance that disagrees with its ledger or its open reservations, and every product total that disagrees with its balances. */
    List<LedgerDiscrepancy> checkConsistency();

    /**
     * Products whose stock card lacks the catalogue's facts (SKU, name, minimum...): cards opened by stock that
     * arrived before the catalogue's event was processed, or kept from before inventory copied them. At most
     * {@code limit}.
     */
    List<UUID> productsWithoutFacts(int limit);

    /**
     * Books empties a customer brought back into a warehouse's count of empties (counts of zero are left out).
     *
     * @param exchanged true for empties exchanged at a sale, false for empties returned on their own
     */
    void receiveEmpties(String reference, UUID warehouseId, List<EmptiesCount> counts, boolean exchanged, String actor);

    /**
     * Takes empties out of a warehouse, back to a supplier (positive counts, each type once). More than the warehouse
     * holds is refused with an {@link io.elif.kernel.InvalidInputException} naming {@code lines[i].quantity}, i the
     * count's index, and takes nothing out; concurrent returns from one warehouse count one after the other.
     */
    void returnEmpties(String reference, UUID warehouseId, List<EmptiesCount> counts, String actor);

    /** The empties standing in each warehouse, by container type. */
    List<EmptiesStock> empties();

    /** The warehouses with their locations, the default first. */
    List<Warehouse> warehouses();

    /** A warehouse with one default location, MAIN. @throws DuplicateCodeException when the code is taken */
    Warehouse createWarehouse(String code, String name, boolean allowNegativeStock);

    /** Takes the goods out of the source first-expired-first-out, all lines or none; the transfer's id. */
    UUID sendTransfer(NewTransfer transfer);

    /** Books the transfer's goods in at its destination. @throws StockStateException when it was received already */
    void receiveTransfer(UUID transferId, String actor);
}
