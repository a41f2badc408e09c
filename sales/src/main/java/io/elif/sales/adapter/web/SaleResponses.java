package io.elif.sales.adapter.web;

import io.elif.catalog.ContainerKind;
import io.elif.catalog.PriceLevel;
import io.elif.sales.domain.PaymentMethod;
import io.elif.sales.domain.PaymentStatus;
import io.elif.sales.domain.SaleState;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the sale endpoints answer; money travels as decimal strings. No cost ever appears. */
final class SaleResponses {

    private SaleResponses() {
    }

    record StampResponse(String by, Instant at) {
    }

    record PriceOverrideResponse(String reason, String by, Instant at) {
    }

    record SaleLineResponse(UUID productId, UUID packId, String sku, String name, int quantity, int unitsPerPack,
                            long baseUnits, String unitPrice, String catalogPrice, String taxRate, String amount,
                            String tax, PriceOverrideResponse priceOverride) {
    }

    /** A deposit line: the containers of one type the lines carry, and what the customer does with them. */
    record SaleDepositResponse(UUID containerTypeId, String code, String name, ContainerKind kind, String unitDeposit,
                               long quantity, long consigned, long exchanged, long due, String amount) {
    }

    /** A manager's leave to go beyond the credit limit. */
    record CreditOverrideResponse(String reason, String by, Instant at) {
    }

    /**
     * A payment of the sale: {@code amount} is what it gave this sale; for cash, {@code tendered} is what the customer
     * handed over for the whole payment and {@code change} what was given back.
     */
    record SalePaymentResponse(UUID id, PaymentMethod method, String amount, String tendered, String change,
                               String reference, String by, Instant at) {
    }

    /**
     * total, tax and net are the lines' (revenue, tax included); depositTotal is what the consigned containers cost
     * now, apart from them; payable = total + depositTotal. {@code paid} is what the payments' allocations add up to; {@code owed} ({@code payable - paid}), {@code dueDate}
     * and {@code paymentStatus} belong to a completed sale (null before).
     */
    record SaleResponse(UUID id, String number, UUID customerId, PriceLevel priceLevel, UUID warehouseId,
                        LocalDate businessDate, SaleState state, List<SaleLineResponse> lines, String total, String tax,
                        String net, List<SaleDepositResponse> deposits, String depositTotal, String payable,
                        StampResponse created, StampResponse confirmed, StampResponse completed,
                        StampResponse cancelled, String paid, String owed, LocalDate dueDate,
                        PaymentStatus paymentStatus, List<SalePaymentResponse> payments,
                        CreditOverrideResponse creditOverride) {
    }

    /** The customer as a receipt names it. */
    record ReceiptCustomerResponse(UUID id, String code, String name, String phone, boolean walkIn) {
    }

    /** The tenant's letterhead; all but the name may be null. */
    record LetterheadResponse(String name, String address, String phone, String taxId) {
    }

    /**
     * What a till receipt prints: the sale as {@code GET /api/sales/sales/{id}} gives it, its customer, the
     * letterhead, and the money: its currency and the decimals amounts are shown with (0 for whole ariary).
     */
    record SaleReceiptResponse(SaleResponse sale, ReceiptCustomerResponse customer, LetterheadResponse company,
                               String currency, int moneyScale) {
    }

    record SaleSummaryResponse(UUID id, String number, UUID customerId, String customerCode, String customerName,
                               SaleState state, LocalDate businessDate, String total, String tax, String createdBy,
                               Instant createdAt, String paid, String owed, LocalDate dueDate,
                               PaymentStatus paymentStatus) {
    }

    record SalePageResponse(List<SaleSummaryResponse> items, int page, int size, long totalItems, long totalPages) {
    }
}
