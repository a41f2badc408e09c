/**
 * Inventory: how much of each product is where. Its API (this package) is the only part other modules use, and it
 * publishes only what they and bootstrap use: {@link io.elif.inventory.Inventory} (the facade: bootstrap's demo data
 * books opening stock, sets up a depot and sends a transfer; the stock-card repair finds cards without the
 * catalogue's facts; sales reserves, issues and releases stock and reads levels), the values it takes and returns
 * ({@code GoodsReceipt}, {@code ReceiptLine}, {@code ReservationLine}, {@code StockLevel}, {@code IssuedStock} (what an
 * issue took, at the moving average cost of its moment), {@code Warehouse}, {@code NewTransfer},
 * {@code LedgerDiscrepancy}), the event {@code StockFellBelowMinimum} and the refusals. Everything
 * else (use cases, read models, commands, the domain) is the module's own.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Inventory")
package io.elif.inventory;
