package io.elif.reporting;

import io.elif.kernel.MoneyUnit;
import io.elif.reporting.domain.DateRange;
import io.elif.reporting.domain.Figures;
import io.elif.sales.PaymentReceived;
import io.elif.sales.ReturnAccepted;
import io.elif.sales.SaleCompleted;
import io.elif.sales.SoldLine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The test's own books: it writes the source documents (sales priced and rounded per line as DOMAIN.md says, returns,
 * payments), turns them into the events sales publishes, and adds up every figure straight from the documents, as
 * docs/reporting.md defines it, without reporting's code.
 */
final class SourceBook {

    private final MoneyUnit unit;
    private final List<SaleCompleted> sales = new ArrayList<>();
    private final List<ReturnAccepted> returns = new ArrayList<>();
    private final List<PaymentReceived> payments = new ArrayList<>();
    private final Map<String, Long> returnedUnits = new HashMap<>();

    SourceBook(MoneyUnit unit) {
        this.unit = unit;
    }

    SoldLine line(UUID product, UUID pack, int quantity, long unitsPerPack, String unitPrice, String taxRate,
                  String unitCost) {
        var amount = unit.round(new BigDecimal(unitPrice).multiply(BigDecimal.valueOf(quantity)));
        var rate = new BigDecimal(taxRate);
        var tax = unit.round(amount.multiply(rate).divide(rate.add(BigDecimal.valueOf(100)), 10, RoundingMode.HALF_UP));
        return new SoldLine(product, pack, quantity, quantity * unitsPerPack, new BigDecimal(unitPrice), amount, tax,
                rate, new BigDecimal(unitCost));
    }

    SaleCompleted sale(String number, UUID customer, String clerk, UUID warehouse, LocalDate day, Instant at,
                       List<SoldLine> lines, String deposits) {
        var total = lines.stream().map(SoldLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        var tax = lines.stream().map(SoldLine::tax).reduce(BigDecimal.ZERO, BigDecimal::add);
        var sale = new SaleCompleted(UUID.randomUUID(), number, customer, clerk, clerk, warehouse, day, at, lines, total,
                tax, total.subtract(tax), List.of(), unit.round(new BigDecimal(deposits)), day.plusDays(30));
        sales.add(sale);
        return sale;
    }

    /** A return of some base units of one product that the sale sold on one line, refunding {@code refund}. */
    ReturnAccepted returnOf(SaleCompleted sale, String number, LocalDate day, UUID product, long baseUnits,
                            String refund) {
        var line = sale.lines().stream().filter(sold -> sold.productId().equals(product)).findFirst().orElseThrow();
        var key = sale.saleId() + "/" + product;
        long before = returnedUnits.getOrDefault(key, 0L);
        long after = before + baseUnits;
        returnedUnits.put(key, after);
        var amount = share(line.amount(), after, line.baseUnits()).subtract(share(line.amount(), before, line.baseUnits()));
        var tax = share(line.tax(), after, line.baseUnits()).subtract(share(line.tax(), before, line.baseUnits()));
        var accepted = new ReturnAccepted(UUID.randomUUID(), number, sale.saleId(), sale.number(), sale.customerId(),
                sale.warehouseId(), day, "manager", sale.completedAt().plusSeconds(3600),
                List.of(new ReturnAccepted.Line(product, line.packId(), (int) (baseUnits / (line.baseUnits() / line.quantity())),
                        baseUnits, line.unitPrice(), amount, tax)),
                amount, tax, unit.round(BigDecimal.ZERO), unit.round(new BigDecimal(refund)), List.of());
        returns.add(accepted);
        return accepted;
    }

    PaymentReceived payment(SaleCompleted sale, String method, String amount, String by, LocalDate day) {
        var paid = unit.round(new BigDecimal(amount));
        var payment = new PaymentReceived(UUID.randomUUID(), sale.customerId(), method, paid,
                List.of(new PaymentReceived.Allocation(sale.saleId(), paid)), by, Instant.parse(day + "T10:00:00Z"), day);
        payments.add(payment);
        return payment;
    }

    /** A payment of a customer allocated to sales as given (sale to amount); the rest goes to no sale. */
    PaymentReceived payment(UUID customer, String method, String amount, String by, LocalDate day,
                            java.util.Map<SaleCompleted, String> allocations) {
        var allocated = allocations.entrySet().stream()
                .map(entry -> new PaymentReceived.Allocation(entry.getKey().saleId(),
                        unit.round(new BigDecimal(entry.getValue()))))
                .toList();
        var payment = new PaymentReceived(UUID.randomUUID(), customer, method, unit.round(new BigDecimal(amount)),
                allocated, by, Instant.parse(day + "T10:00:00Z"), day);
        payments.add(payment);
        return payment;
    }

    /**
     * What the customer owes at the end of {@code asOf}, aged as docs/reporting.md says, from the documents: per
     * sale, what it asked less what was allocated to it, less its returns' credits, plus their refunds (each dated
     * up to the day), by the days from its due date to the day: [current, 1-30, 31-60, 61-90, over 90,
     * unallocated, total].
     */
    BigDecimal[] aged(UUID customer, LocalDate asOf) {
        var aged = new BigDecimal[7];
        java.util.Arrays.fill(aged, BigDecimal.ZERO);
        for (var sale : sales) {
            if (!customer.equals(sale.customerId()) || sale.businessDate().isAfter(asOf)) {
                continue;
            }
            var owed = sale.total().add(sale.depositTotal());
            for (var payment : payments) {
                if (!payment.businessDate().isAfter(asOf)) {
                    for (var allocation : payment.allocations()) {
                        if (allocation.saleId().equals(sale.saleId())) {
                            owed = owed.subtract(allocation.amount());
                        }
                    }
                }
            }
            for (var accepted : returns) {
                if (accepted.saleId().equals(sale.saleId()) && !accepted.businessDate().isAfter(asOf)) {
                    owed = owed.subtract(accepted.total()).subtract(accepted.depositRefund()).add(accepted.refund());
                }
            }
            long late = java.time.temporal.ChronoUnit.DAYS.between(sale.dueDate(), asOf);
            int bucket = late <= 0 ? 0 : late <= 30 ? 1 : late <= 60 ? 2 : late <= 90 ? 3 : 4;
            aged[bucket] = aged[bucket].add(owed);
            aged[6] = aged[6].add(owed);
        }
        for (var payment : payments) {
            if (customer.equals(payment.customerId()) && !payment.businessDate().isAfter(asOf)) {
                var rest = payment.amount();
                for (var allocation : payment.allocations()) {
                    rest = rest.subtract(allocation.amount());
                }
                aged[5] = aged[5].subtract(rest);
                aged[6] = aged[6].subtract(rest);
            }
        }
        return aged;
    }

    Figures figures(DateRange range) {
        return figures(range, sale -> true, product -> true);
    }

    Figures clerkFigures(String clerk, DateRange range) {
        return figures(range, sale -> sale.clerk().equals(clerk), product -> true);
    }

    Figures productFigures(UUID product, DateRange range) {
        return figures(range, sale -> sale.lines().stream().anyMatch(line -> line.productId().equals(product)),
                product::equals);
    }

    /** The figures of these products (a category's), each sale that sold one of them counted once. */
    Figures productsFigures(java.util.Set<UUID> products, DateRange range) {
        return figures(range, sale -> sale.lines().stream().anyMatch(line -> products.contains(line.productId())),
                products::contains);
    }

    BigDecimal paid(DateRange range) {
        return payments.stream().filter(payment -> within(payment.businessDate(), range))
                .map(PaymentReceived::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** What customers owe: sales and their deposits, less payments, less returns' credits, plus their refunds. */
    BigDecimal owed() {
        var owed = BigDecimal.ZERO;
        for (var sale : sales) {
            owed = owed.add(sale.total()).add(sale.depositTotal());
        }
        for (var payment : payments) {
            owed = owed.subtract(payment.amount());
        }
        for (var accepted : returns) {
            owed = owed.subtract(accepted.total()).subtract(accepted.depositRefund()).add(accepted.refund());
        }
        return owed;
    }

    private Figures figures(DateRange range, Predicate<SaleCompleted> saleFilter, Predicate<UUID> productFilter) {
        long quantity = 0;
        var revenue = BigDecimal.ZERO;
        var tax = BigDecimal.ZERO;
        var cost = BigDecimal.ZERO;
        int count = 0;
        for (var sale : sales) {
            if (!within(sale.businessDate(), range) || !saleFilter.test(sale)) {
                continue;
            }
            count++;
            for (var line : sale.lines()) {
                if (productFilter.test(line.productId())) {
                    quantity += line.baseUnits();
                    revenue = revenue.add(line.amount()).subtract(line.tax());
                    tax = tax.add(line.tax());
                }
            }
            for (var product : sale.lines().stream().map(SoldLine::productId).distinct().filter(productFilter).toList()) {
                cost = cost.add(cost(sale, product));
            }
        }
        var returnedSoFar = new HashMap<String, Long>();
        for (var accepted : returns) {
            var sale = sales.stream().filter(sold -> sold.saleId().equals(accepted.saleId())).findFirst().orElseThrow();
            for (var line : accepted.lines()) {
                var key = sale.saleId() + "/" + line.productId();
                long before = returnedSoFar.getOrDefault(key, 0L);
                long after = before + line.baseUnits();
                returnedSoFar.put(key, after);
                if (!within(accepted.businessDate(), range) || !saleFilter.test(sale)
                        || !productFilter.test(line.productId())) {
                    continue;
                }
                var saleCost = cost(sale, line.productId());
                long sold = sold(sale, line.productId());
                quantity -= line.baseUnits();
                revenue = revenue.subtract(line.amount()).add(line.tax());
                tax = tax.subtract(line.tax());
                cost = cost.subtract(share(saleCost, after, sold)).add(share(saleCost, before, sold));
            }
        }
        return new Figures(quantity, revenue, tax, cost, count);
    }

    /** A product's cost in a sale: its base units at the unit cost of the issue, rounded once per product and sale. */
    private BigDecimal cost(SaleCompleted sale, UUID product) {
        var unitCost = sale.lines().stream().filter(line -> line.productId().equals(product)).findFirst().orElseThrow()
                .unitCost();
        return unit.round(unitCost.multiply(BigDecimal.valueOf(sold(sale, product))));
    }

    private static long sold(SaleCompleted sale, UUID product) {
        return sale.lines().stream().filter(line -> line.productId().equals(product)).mapToLong(SoldLine::baseUnits).sum();
    }

    private BigDecimal share(BigDecimal amount, long part, long whole) {
        return unit.round(amount.multiply(BigDecimal.valueOf(part)).divide(BigDecimal.valueOf(whole), 10,
                RoundingMode.HALF_UP));
    }

    private static boolean within(LocalDate day, DateRange range) {
        return !day.isBefore(range.from()) && !day.isAfter(range.to());
    }
}
