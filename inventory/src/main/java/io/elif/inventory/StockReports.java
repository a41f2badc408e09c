package io.elif.inventory;

import java.util.List;
import java.util.UUID;

/** Read-only views of the stock: overview, low stock, near expiry, value. */
public interface StockReports {

    int MAX_PAGE_SIZE = 100;
    int MAX_ROWS = 500;

    /** One query per page, whatever the filters. */
    StockOverview overview(StockOverview.Query query);

    /** Active products that are out of stock or under their minimum, out of stock first; at most {@link #MAX_ROWS}. */
    List<StockOverview.Row> lowStock();

    /** Lots on hand whose best-before date is within {@code days} days or past; at most {@link #MAX_ROWS}. */
    List<ExpiringLot> nearExpiry(int days, UUID warehouseId);

    StockValue value();
}
