package io.elif.inventory.application;

import io.elif.inventory.StockFellBelowMinimum;

/** The facts inventory publishes. */
public interface InventoryEvents {

    void stockFellBelowMinimum(StockFellBelowMinimum event);
}
