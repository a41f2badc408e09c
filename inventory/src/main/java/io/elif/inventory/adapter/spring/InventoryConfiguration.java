package io.elif.inventory.adapter.spring;

import io.elif.catalog.Catalog;
import io.elif.inventory.application.AdjustStock;
import io.elif.inventory.application.BreakBulkStock;
import io.elif.inventory.application.CountStock;
import io.elif.inventory.application.DocumentNumbers;
import io.elif.inventory.application.InventoryEvents;
import io.elif.inventory.application.PurchaseCosts;
import io.elif.inventory.application.ReceiveStock;
import io.elif.inventory.application.ReserveStock;
import io.elif.inventory.application.Reservations;
import io.elif.inventory.application.StockBook;
import io.elif.inventory.application.StockLedger;
import io.elif.inventory.application.StocktakeSheets;
import io.elif.inventory.application.TransferStock;
import io.elif.inventory.application.Transfers;
import io.elif.inventory.application.Warehouses;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

@Configuration(proxyBeanMethods = false)
class InventoryConfiguration {

    @Bean
    StockBook stockBook(StockLedger ledger, Warehouses warehouses, InventoryEvents events, Catalog catalog, Clock clock) {
        return new StockBook(ledger, warehouses, events, catalog, clock);
    }

    @Bean
    ReceiveStock receiveStock(StockLedger ledger, StockBook book, PurchaseCosts costs) {
        return new ReceiveStock(ledger, book, costs);
    }

    @Bean
    ReserveStock reserveStock(Reservations reservations, StockLedger ledger, Warehouses warehouses, StockBook book) {
        return new ReserveStock(reservations, ledger, warehouses, book);
    }

    @Bean
    AdjustStock adjustStock(StockBook book) {
        return new AdjustStock(book);
    }

    @Bean
    TransferStock transferStock(StockBook book, Transfers transfers, DocumentNumbers numbers, Clock clock) {
        return new TransferStock(book, transfers, numbers, clock);
    }

    @Bean
    CountStock countStock(StockLedger ledger, StockBook book, StocktakeSheets sheets, DocumentNumbers numbers) {
        return new CountStock(ledger, book, sheets, numbers);
    }

    @Bean
    BreakBulkStock breakBulkStock(StockLedger ledger, StockBook book, DocumentNumbers numbers) {
        return new BreakBulkStock(ledger, book, numbers);
    }
}
