package io.elif.sales.domain;

import io.elif.catalog.PriceLevel;
import io.elif.kernel.DocumentSeries;
import io.elif.kernel.InvalidInputException;
import io.elif.kernel.MoneyUnit;
import io.elif.sales.SaleCancelled;
import io.elif.sales.SaleCompleted;
import io.elif.sales.SaleStateException;
import io.elif.sales.SoldLine;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * A sale: a saved cart (DRAFT), a phone order holding stock (CONFIRMED), sold (COMPLETED) or called off (CANCELLED).
 * It owns its transitions: each checks the state and gives the sale as it becomes, what the stock must do and the
 * event it causes. Asking for the state the sale already has changes nothing (a retried or concurrent call has the
 * effect of one); an illegal transition is a {@link SaleStateException}. Its totals are the sums of its rounded lines.
 */
public record Sale(UUID id, String number, UUID customerId, PriceLevel priceLevel, UUID warehouseId,
                   LocalDate businessDate, SaleState state, List<SaleLine> lines, List<SaleDeposit> deposits,
                   Stamp created, Stamp confirmed,
                   Stamp completed, Stamp cancelled) {

    public static final int MAX_LINES = 200;

    /** Who did something to the sale, and when. */
    public record Stamp(String by, Instant at) {
        public Stamp {
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(at, "at");
        }
    }

    /** What the stock must do for a transition. */
    public enum StockWork {
        /** Nothing (a draft created or cancelled, or the state it already had). */
        NONE,
        /** Reserve the lines under the sale's number (confirmed). */
        RESERVE,
        /** Issue what the sale's number holds reserved (a confirmed sale completed). */
        ISSUE,
        /** Reserve then issue at once (a draft, or a counter sale, completed). */
        RESERVE_AND_ISSUE,
        /** Give the reservation back (a confirmed sale cancelled). */
        RELEASE
    }

    /**
     * A transition's outcome.
     *
     * @param changed false when the sale already had the state asked for: nothing to store, do or publish
     * @param event   the event to publish, or null
     */
    public record Transition(Sale sale, boolean changed, StockWork stockWork, Object event) {
    }

    /** Totals, each the sum of the lines' rounded figures; {@code net = total - tax}. */
    public record Totals(BigDecimal total, BigDecimal tax, BigDecimal net) {
    }

    public Sale {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(priceLevel, "priceLevel");
        Objects.requireNonNull(warehouseId, "warehouseId");
        Objects.requireNonNull(businessDate, "businessDate");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(created, "created");
        lines = List.copyOf(lines);
        deposits = List.copyOf(deposits);
        SaleDeposit.checkDistinct(deposits);
    }

    /** A new DRAFT sale; it reserves nothing. */
    public static Sale draft(UUID id, String number, UUID customerId, PriceLevel priceLevel, UUID warehouseId,
                             LocalDate businessDate, List<SaleLine> lines, List<SaleDeposit> deposits, Stamp created) {
        checkLines(lines, deposits);
        return new Sale(id, number, customerId, priceLevel, warehouseId, businessDate, SaleState.DRAFT, lines, deposits,
                created, null, null, null);
    }

    /** The number a sale gets: {@code S-2026-000123}, per tenant and calendar year of its business date. */
    public static final DocumentSeries NUMBERS = new DocumentSeries("S", "sale");

    /** The same DRAFT with other lines and the deposit lines they carry. */
    public Sale withLines(List<SaleLine> newLines, List<SaleDeposit> newDeposits) {
        if (state != SaleState.DRAFT) {
            throw new SaleStateException("Sale " + number + " is " + state + ": only a draft's lines can be changed");
        }
        checkLines(newLines, newDeposits);
        return new Sale(id, number, customerId, priceLevel, warehouseId, businessDate, state, newLines, newDeposits,
                created, confirmed, completed, cancelled);
    }

    /**
     * The same DRAFT sold to another customer, its lines priced again at the customer's level: {@code priceAt} prices
     * the lines as asked (product, pack, quantity) at that level. A manager's price on a line is kept, since it was
     * given for this sale rather than for a level; the line's catalogue price is the new level's. The deposit lines
     * stay (containers do not depend on the level), but a customer who may not owe cannot take containers owed.
     */
    public Sale withCustomer(UUID newCustomerId, PriceLevel newLevel, boolean mayOwe,
                             Function<List<LineRequest>, List<SaleLine>> priceAt) {
        if (state != SaleState.DRAFT) {
            throw new SaleStateException("Sale " + number + " is " + state + ": only a draft's customer can be changed");
        }
        Objects.requireNonNull(newCustomerId, "newCustomerId");
        Objects.requireNonNull(newLevel, "newLevel");
        var repriced = priceAt.apply(lines.stream()
                .map(line -> LineRequest.of(line.productId(), line.packId(), line.quantity())).toList());
        var newLines = IntStream.range(0, lines.size())
                .mapToObj(index -> lines.get(index).override() == null ? repriced.get(index)
                        : lines.get(index).withCatalogPrice(repriced.get(index).catalogPrice()))
                .toList();
        if (!mayOwe && deposits.stream().anyMatch(deposit -> deposit.due() > 0)) {
            throw new InvalidInputException("customerId",
                    "only a named customer may owe containers: set the deposits' due to 0 first");
        }
        checkLines(newLines, deposits);
        return new Sale(id, number, newCustomerId, newLevel, warehouseId, businessDate, state, newLines, deposits,
                created, confirmed, completed, cancelled);
    }

    /** DRAFT to CONFIRMED, reserving its stock. */
    public Transition confirm(Stamp stamp) {
        return switch (state) {
            case DRAFT -> changed(SaleState.CONFIRMED, stamp, StockWork.RESERVE, null);
            case CONFIRMED -> unchanged();
            case COMPLETED -> throw new SaleStateException("Sale " + number + " is completed already");
            case CANCELLED -> throw new SaleStateException("Sale " + number + " is cancelled");
        };
    }

    /** DRAFT (reserved and issued at once) or CONFIRMED (issued) to COMPLETED. */
    public Transition complete(Stamp stamp) {
        return switch (state) {
            case DRAFT -> completed(stamp, StockWork.RESERVE_AND_ISSUE);
            case CONFIRMED -> completed(stamp, StockWork.ISSUE);
            case COMPLETED -> unchanged();
            case CANCELLED -> throw new SaleStateException("Sale " + number + " is cancelled");
        };
    }

    /** DRAFT (nothing to undo) or CONFIRMED (its reservation released) to CANCELLED; a completed sale needs a return. */
    public Transition cancel(Stamp stamp) {
        return switch (state) {
            case DRAFT, CONFIRMED -> {
                var work = state == SaleState.CONFIRMED ? StockWork.RELEASE : StockWork.NONE;
                var sale = with(SaleState.CANCELLED, stamp);
                yield new Transition(sale, true, work, new SaleCancelled(id, number, customerId, warehouseId,
                        businessDate, stamp.by(), stamp.at(), state == SaleState.CONFIRMED));
            }
            case CANCELLED -> unchanged();
            case COMPLETED -> throw new SaleStateException(
                    "Sale " + number + " is completed: its goods are taken back by a return, not a cancellation");
        };
    }

    public Totals totals() {
        var total = sum(lines.stream().map(SaleLine::amount).toList());
        var tax = sum(lines.stream().map(SaleLine::tax).toList());
        return new Totals(total, tax, total.subtract(tax));
    }

    /** What the deposit lines ask now: the sum of their rounded amounts (held money, never revenue). */
    public BigDecimal depositTotal() {
        return sum(deposits.stream().map(SaleDeposit::amount).toList());
    }

    /** What the customer is asked for: the total (revenue, tax included) plus the deposits paid now. */
    public BigDecimal payable() {
        return totals().total().add(depositTotal());
    }

    private Transition completed(Stamp stamp, StockWork work) {
        var sale = with(SaleState.COMPLETED, stamp);
        var totals = totals();
        var sold = lines.stream().map(line -> new SoldLine(line.productId(), line.packId(), line.quantity(),
                line.baseUnits(), line.unitPrice(), line.amount(), line.tax(), line.taxRate(), null)).toList();
        return new Transition(sale, true, work, new SaleCompleted(id, number, customerId, created.by(), stamp.by(),
                warehouseId, businessDate, stamp.at(), sold, totals.total(), totals.tax(), totals.net(),
                deposits.stream().map(SaleDeposit::toDepositLine).toList(), depositTotal(), null));
    }

    private Transition changed(SaleState next, Stamp stamp, StockWork work, Object event) {
        return new Transition(with(next, stamp), true, work, event);
    }

    private Transition unchanged() {
        return new Transition(this, false, StockWork.NONE, null);
    }

    private Sale with(SaleState next, Stamp stamp) {
        return new Sale(id, number, customerId, priceLevel, warehouseId, businessDate, next, lines, deposits, created,
                next == SaleState.CONFIRMED ? stamp : confirmed, next == SaleState.COMPLETED ? stamp : completed,
                next == SaleState.CANCELLED ? stamp : cancelled);
    }

    private static void checkLines(List<SaleLine> lines, List<SaleDeposit> deposits) {
        if (lines == null || lines.isEmpty() || lines.size() > MAX_LINES) {
            throw new InvalidInputException("lines", "must hold 1 to " + MAX_LINES + " lines");
        }
        var payable = sum(lines.stream().map(SaleLine::amount).toList())
                .add(sum(deposits.stream().map(SaleDeposit::amount).toList()));
        if (payable.compareTo(SaleLine.MAX_AMOUNT) > 0) {
            throw new InvalidInputException("lines", "the sale's total with its deposits must be at most "
                    + SaleLine.MAX_AMOUNT.toPlainString());
        }
    }

    private static BigDecimal sum(List<BigDecimal> amounts) {
        return amounts.stream().reduce(BigDecimal.ZERO.setScale(MoneyUnit.STORED_SCALE), BigDecimal::add);
    }
}
