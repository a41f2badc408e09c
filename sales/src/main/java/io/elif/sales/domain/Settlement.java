package io.elif.sales.domain;

import io.elif.kernel.MoneyUnit;
import io.elif.kernel.InvalidInputException;
import io.elif.sales.CreditLimitException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * How a sale is paid as it completes: the payments taken with it (in their order, each up to what is still owed, cash
 * beyond it being change), what stays unpaid, the due date that follows and the manager's credit override when one was
 * needed. The walk-in customer pays everything at once; a named customer may owe up to the credit limit, beyond it
 * only with a manager's override.
 *
 * @param dueDate  null when nothing is left unpaid, else the business day + the customer's payment terms
 * @param override the manager's override, recorded only when the limit was exceeded
 */
public record Settlement(List<Payment> payments, BigDecimal unpaid, LocalDate dueDate, CreditOverride override) {

    public Settlement {
        payments = List.copyOf(payments);
    }

    /**
     * @param openBalance what the customer owes on other completed sales
     * @param requests    payment requests {@link PaymentRequest#checked checked} already, in the request's order
     * @param override    a manager's override {@link CreditOverride#requested checked} already, or null
     * @throws InvalidInputException naming {@code payments[i].amount} (nothing left to pay, more than owed) or
     *                               {@code payments} (the walk-in customer leaving something unpaid)
     * @throws CreditLimitException  when the unpaid part takes the customer beyond the limit without an override
     */
    public static Settlement atCompletion(Sale sale, Customer customer, BigDecimal openBalance,
                                          List<PaymentRequest> requests, CreditOverride override, Supplier<java.util.UUID> ids,
                                          Sale.Stamp stamp, LocalDate today) {
        var owed = sale.payable();
        var payments = new ArrayList<Payment>();
        for (int i = 0; i < requests.size(); i++) {
            var payment = Payment.allocate(ids.get(), customer.id(), requests.get(i),
                    List.of(new OpenSale(sale.id(), sale.number(), owed)), stamp, today, "payments[" + i + "]");
            payments.add(payment);
            owed = owed.subtract(payment.amount());
        }
        if (owed.signum() <= 0) {
            return new Settlement(payments, BigDecimal.ZERO.setScale(MoneyUnit.STORED_SCALE), null, null);
        }
        if (customer.walkIn()) {
            throw new InvalidInputException("payments", "the walk-in customer pays the whole " + sale.payable().toPlainString()
                    + " at once, " + owed.toPlainString() + " is missing: a partial payment needs a named customer");
        }
        var excess = openBalance.add(owed).subtract(customer.creditLimit());
        CreditOverride used = null;
        if (excess.signum() > 0) {
            if (override == null) {
                throw new CreditLimitException(customer.id(), customer.creditLimit(), openBalance, owed, excess);
            }
            used = override;
        }
        return new Settlement(payments, owed, today.plusDays(customer.paymentTermsDays()), used);
    }
}
