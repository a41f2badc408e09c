package io.elif.sales.adapter.web;

import io.elif.sales.domain.PaymentMethod;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the payment and account endpoints answer; money travels as decimal strings. No cost ever appears. */
final class PaymentResponses {

    private PaymentResponses() {
    }

    record AllocationResponse(UUID saleId, String amount) {
    }

    /**
     * A payment taken: {@code amount} is what settled debts (for cash, what was owed when more was handed over:
     * {@code tendered} and {@code change} say the rest), allocated to the sales listed.
     */
    record PaymentResponse(UUID id, UUID customerId, PaymentMethod method, String amount, String tendered,
                           String change, String reference, String takenBy, Instant takenAt, LocalDate businessDate,
                           List<AllocationResponse> allocations) {
    }

    record AccountSaleResponse(UUID saleId, String number, LocalDate businessDate, LocalDate dueDate, String payable,
                               String paid, String owed, int daysOverdue) {
    }

    /** What is owed by how late it is, from each sale's due date to the tenant's business day. */
    record AgeingResponse(String current, String days1To30, String days31To60, String days61To90, String over90) {
    }

    record AccountAllocationResponse(UUID saleId, String number, String amount) {
    }

    record AccountPaymentResponse(UUID id, PaymentMethod method, String amount, String tendered, String change,
                                  String reference, String by, Instant at, LocalDate businessDate,
                                  List<AccountAllocationResponse> allocations) {
    }

    /** A customer's account: open sales (oldest first), ageing, total owed and the latest payments. */
    record AccountResponse(UUID customerId, String code, String name, String creditLimit, int paymentTermsDays,
                           LocalDate asOf, String totalOwed, AgeingResponse ageing, List<AccountSaleResponse> openSales,
                           List<AccountPaymentResponse> recentPayments) {
    }
}
