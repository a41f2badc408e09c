package io.elif.reporting.application;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * What one customer owes on a day by how late it is (docs/reporting.md, "Ageing"): each open sale's amount by the
 * days since its due date, not yet due (current) to over 90 days; {@code unallocated} what the customer paid beyond
 * any sale (a credit, negative); {@code total} all of it.
 */
public record CustomerDebt(UUID customerId, BigDecimal current, BigDecimal days1To30, BigDecimal days31To60,
                           BigDecimal days61To90, BigDecimal over90, BigDecimal unallocated, BigDecimal total,
                           int openSales) {

    public static final CustomerDebt NONE = new CustomerDebt(null, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
            BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, 0);

    /** The sum of two customers' debts (for a report's total; its customer is none). */
    public CustomerDebt plus(CustomerDebt other) {
        return new CustomerDebt(null, current.add(other.current), days1To30.add(other.days1To30),
                days31To60.add(other.days31To60), days61To90.add(other.days61To90), over90.add(other.over90),
                unallocated.add(other.unallocated), total.add(other.total), openSales + other.openSales);
    }
}
