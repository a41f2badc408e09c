package io.elif.sales.domain;

import io.elif.kernel.InvalidInputException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Money a customer handed over, allocated to completed sales. It never settles more than is owed: a card, mobile money
 * or bank payment above it is refused, while cash above it is recorded as what was owed, the rest being the change
 * given back (what was tendered and the change are kept).
 *
 * @param amount   what settles debts: the sum of the allocations
 * @param tendered cash only: what the customer handed over
 * @param change   cash only: what was given back ({@code tendered - amount})
 */
public record Payment(UUID id, UUID customerId, PaymentMethod method, BigDecimal amount, String reference,
                      BigDecimal tendered, BigDecimal change, Sale.Stamp taken, LocalDate businessDate,
                      List<Allocation> allocations) {

    /** How much of a payment went to one sale. */
    public record Allocation(UUID saleId, BigDecimal amount) {

        public Allocation {
            Objects.requireNonNull(saleId, "saleId");
            if (amount.signum() <= 0) {
                throw new IllegalArgumentException("an allocation is more than 0");
            }
        }
    }

    public Payment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(taken, "taken");
        Objects.requireNonNull(businessDate, "businessDate");
        allocations = List.copyOf(allocations);
        if (allocations.isEmpty()
                || allocations.stream().map(Allocation::amount).reduce(BigDecimal.ZERO, BigDecimal::add).compareTo(amount) != 0) {
            throw new IllegalArgumentException("a payment's allocations add up to its amount");
        }
        if ((method == PaymentMethod.CASH) != (tendered != null && change != null)) {
            throw new IllegalArgumentException("cash, and only cash, has what was tendered and the change");
        }
    }

    /**
     * A payment allocated to the sales given, in their order (the oldest first), each up to what it owes.
     *
     * @param request a request {@link PaymentRequest#checked checked} already
     * @param open    the sales it may settle, in the order to settle them, each with what it owes now
     * @param field   the request's path, named by a refusal ({@code amount} or {@code payments[1].amount})
     * @throws InvalidInputException naming the amount when nothing is owed, or when a payment other than cash is
     *                               more than is owed (the message gives the figure owed)
     */
    public static Payment allocate(UUID id, UUID customerId, PaymentRequest request, List<OpenSale> open,
                                   Sale.Stamp taken, LocalDate businessDate, String field) {
        var owed = open.stream().map(OpenSale::owed).reduce(BigDecimal.ZERO, BigDecimal::add);
        var amountField = PaymentRequest.path(field, "amount");
        if (owed.signum() <= 0) {
            throw new InvalidInputException(amountField, "nothing is owed");
        }
        var tendered = request.amount();
        BigDecimal amount = tendered;
        BigDecimal change = null;
        if (tendered.compareTo(owed) > 0) {
            if (request.method() != PaymentMethod.CASH) {
                throw new InvalidInputException(amountField, "must be at most " + owed.toPlainString() + ", what is owed");
            }
            amount = owed;
        }
        if (request.method() == PaymentMethod.CASH) {
            change = tendered.subtract(amount);
        }
        var allocations = new ArrayList<Allocation>();
        var left = amount;
        for (var sale : open) {
            if (left.signum() == 0) {
                break;
            }
            if (sale.owed().signum() <= 0) {
                continue;
            }
            var part = left.min(sale.owed());
            allocations.add(new Allocation(sale.saleId(), part));
            left = left.subtract(part);
        }
        return new Payment(id, customerId, request.method(), amount, request.reference(),
                request.method() == PaymentMethod.CASH ? tendered : null, change, taken, businessDate, allocations);
    }

    /** What this payment gave the sale, or zero. */
    public BigDecimal allocatedTo(UUID saleId) {
        return allocations.stream().filter(allocation -> allocation.saleId().equals(saleId)).map(Allocation::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
