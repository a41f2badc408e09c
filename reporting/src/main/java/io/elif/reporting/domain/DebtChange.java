package io.elif.reporting.domain;

import io.elif.sales.PaymentReceived;
import io.elif.sales.ReturnAccepted;
import io.elif.sales.SaleCompleted;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A change of what a customer owes on a business day, sale by sale (docs/reporting.md, "Money owed"): a completed
 * sale raises it by what it asked (total + deposits paid with it), a payment lowers each sale it was allocated to
 * (and, by what went to no sale, the customer's balance), a return lowers its sale by its credit (goods + deposits
 * reversed) and raises it by the refund handed back. The changes of a customer add up to what the dashboard's
 * money owed moved by for them.
 *
 * @param saleId null for the part of a payment allocated to no sale
 */
public record DebtChange(UUID customerId, UUID saleId, LocalDate day, BigDecimal amount) {

    public static List<DebtChange> of(SaleCompleted sale) {
        if (sale.customerId() == null) {
            return List.of();
        }
        return List.of(new DebtChange(sale.customerId(), sale.saleId(), sale.businessDate(),
                sale.total().add(sale.depositTotal())));
    }

    public static List<DebtChange> of(PaymentReceived payment) {
        if (payment.customerId() == null) {
            return List.of();
        }
        var changes = new ArrayList<DebtChange>();
        var allocated = BigDecimal.ZERO;
        for (var allocation : payment.allocations()) {
            changes.add(new DebtChange(payment.customerId(), allocation.saleId(), payment.businessDate(),
                    allocation.amount().negate()));
            allocated = allocated.add(allocation.amount());
        }
        var rest = payment.amount().subtract(allocated);
        if (rest.signum() != 0) {
            changes.add(new DebtChange(payment.customerId(), null, payment.businessDate(), rest.negate()));
        }
        return changes;
    }

    public static List<DebtChange> of(ReturnAccepted accepted) {
        if (accepted.customerId() == null) {
            return List.of();
        }
        var change = accepted.refund().subtract(accepted.total()).subtract(accepted.depositRefund());
        return List.of(new DebtChange(accepted.customerId(), accepted.saleId(), accepted.businessDate(), change));
    }
}
