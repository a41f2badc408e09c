package io.elif.inventory.application;

import io.elif.inventory.StockLevel;
import io.elif.inventory.domain.StockReceipt;

import java.util.UUID;

public final class ReceiveStock {

    private final StockRecords stockRecords;

    public ReceiveStock(StockRecords stockRecords) {
        this.stockRecords = stockRecords;
    }

    public StockLevel handle(UUID productId, long quantity, String reference) {
        return stockRecords.book(new StockReceipt(productId, quantity, reference));
    }
}
