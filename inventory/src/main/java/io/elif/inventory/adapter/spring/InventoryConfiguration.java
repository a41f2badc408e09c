package io.elif.inventory.adapter.spring;

import io.elif.inventory.application.ReceiveStock;
import io.elif.inventory.application.ReserveStock;
import io.elif.inventory.application.Reservations;
import io.elif.inventory.application.StockRecords;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class InventoryConfiguration {

    @Bean
    ReceiveStock receiveStock(StockRecords stockRecords) {
        return new ReceiveStock(stockRecords);
    }

    @Bean
    ReserveStock reserveStock(Reservations reservations, StockRecords stockRecords) {
        return new ReserveStock(reservations, stockRecords);
    }
}
