package io.elif.sales.application;

import io.elif.sales.domain.SaleReturn;

import java.util.List;
import java.util.UUID;

/** Returns of completed sales, as stored. */
public interface SaleReturns {

    void add(SaleReturn taken);

    /** What the sale's earlier returns took, per line and per container type. */
    SaleReturn.Before before(UUID saleId);

    /** The sale's returns, oldest first. */
    List<SaleReturn> ofSale(UUID saleId);
}
