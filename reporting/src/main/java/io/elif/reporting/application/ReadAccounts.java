package io.elif.reporting.application;

import io.elif.catalog.Catalog;
import io.elif.reporting.domain.DateRange;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The money reports, from reporting's own read models: the payments received by method and by who took them, and
 * what customers owe by how late it is.
 */
@Service
@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
public class ReadAccounts {

    private final SalesFigures figures;
    private final Catalog catalog;
    private final Clock clock;

    ReadAccounts(SalesFigures figures, Catalog catalog, Clock clock) {
        this.figures = figures;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** The payments of the business days by method and taker, in that order. */
    public PaymentsReport payments(DateRange range) {
        var rows = figures.payments(range, null);
        var amount = rows.stream().map(PaymentTotal::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        var count = rows.stream().mapToInt(PaymentTotal::payments).sum();
        return new PaymentsReport(range, currency(), rows, new PaymentTotal(null, null, amount, count));
    }

    /** What each customer owes at the end of the day, aged, the largest debts first. */
    public DebtsReport debts(LocalDate asOf) {
        var rows = new ArrayList<CustomerDebt>();
        var total = exportDebts(asOf, rows::add);
        return new DebtsReport(asOf, currency(), rows, total);
    }

    /** The same rows handed over as they are read, for exports of any size; answers their total. */
    public CustomerDebt exportDebts(LocalDate asOf, Consumer<CustomerDebt> rows) {
        var total = new CustomerDebt[] {CustomerDebt.NONE};
        figures.debts(asOf, debt -> {
            total[0] = total[0].plus(debt);
            rows.accept(debt);
        });
        return total[0];
    }

    /** The containers customers hold at the end of the day, handed over as they are read; answers their total. */
    public CustomerContainers exportContainers(LocalDate asOf, Consumer<CustomerContainers> rows) {
        long[] count = new long[2];
        var deposits = new BigDecimal[] {BigDecimal.ZERO};
        figures.containers(asOf, row -> {
            count[0] += row.consigned();
            count[1] += row.due();
            deposits[0] = deposits[0].add(row.depositsHeld());
            rows.accept(row);
        });
        return new CustomerContainers(null, null, null, count[0], count[1], deposits[0]);
    }

    /** The containers customers hold at the end of the day, per customer and type, and their total. */
    public ContainersReport containers(LocalDate asOf) {
        var rows = new ArrayList<CustomerContainers>();
        var total = exportContainers(asOf, rows::add);
        return new ContainersReport(asOf, currency(), rows, total);
    }

    /** The tenant's business day. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public String currency() {
        return catalog.settings().currency();
    }

    /** Payments of a range by method and taker, and their total (method and taker none). */
    public record PaymentsReport(DateRange range, String currency, List<PaymentTotal> rows, PaymentTotal total) {
    }

    /** The containers customers hold at the end of a day, and their sum (no customer, no type). */
    public record ContainersReport(LocalDate asOf, String currency, List<CustomerContainers> rows,
                                   CustomerContainers total) {
    }

    /** What customers owe at the end of a day, and the sum of it. */
    public record DebtsReport(LocalDate asOf, String currency, List<CustomerDebt> rows, CustomerDebt total) {
    }
}
