package io.elif.purchasing.application;

import io.elif.purchasing.domain.PurchaseOrderState;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** An order in a list: its number, supplier, state, dates and totals. */
public record OrderSummary(UUID id, String number, UUID supplierId, String supplierCode, String supplierName,
                           PurchaseOrderState state, LocalDate businessDate, LocalDate expectedDate, String currency,
                           BigDecimal net, BigDecimal tax, BigDecimal total, int lineCount) {
}
