package io.elif.sales.domain;

import io.elif.catalog.ContainerKind;
import io.elif.kernel.DocumentSeries;
import io.elif.kernel.InvalidInputException;
import io.elif.kernel.MoneyUnit;
import io.elif.sales.ReturnAccepted;
import io.elif.sales.SaleStateException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Goods of a completed sale brought back, as their own document: never more of a line than was sold less what earlier
 * returns took, its amounts the sale line's share (the last return of a line takes what is left, so returns add up to
 * the line to the unit), and the containers the goods carried reversed: owed ones first (nothing to pay), then paid
 * ones, then exchanged ones (both refunded at the sale's unit deposit). The return's credit (goods + deposits) lowers
 * what the sale asks; what had been paid beyond the new figure is refunded.
 *
 * @param credit what the return takes off the sale: total + depositRefund
 * @param refund the money handed back to the customer
 */
public record SaleReturn(UUID id, String number, UUID saleId, String saleNumber, UUID customerId, UUID warehouseId,
                         LocalDate businessDate, String reason, List<Line> lines, List<DepositReversal> deposits,
                         BigDecimal total, BigDecimal tax, BigDecimal depositRefund, BigDecimal credit,
                         BigDecimal refund, PaymentMethod refundMethod, Sale.Stamp created) {

    public static final int REASON_MAX = 200;

    public SaleReturn {
        Objects.requireNonNull(id, "id");
        lines = List.copyOf(lines);
        deposits = List.copyOf(deposits);
    }

    /** A sale line (1-based {@code lineNo}) returned in part or whole. */
    public record Line(int lineNo, UUID productId, UUID packId, String sku, String name, int quantity, long baseUnits,
                       BigDecimal unitPrice, BigDecimal amount, BigDecimal tax) {
    }

    /** The containers of one type the returned goods carried: cancelled if owed, else refunded. */
    public record DepositReversal(UUID containerTypeId, String code, String name, ContainerKind kind,
                                  BigDecimal unitDeposit, long due, long consigned, long exchanged, BigDecimal refund) {
    }

    /** What a manager asks back: a line of the sale (1-based) and how many of its packs. */
    public record Asked(int lineNo, int quantity) {
    }

    /** What earlier returns of the sale took: per line (packs, amount, tax) and per container type. */
    public record Before(Map<Integer, Line> lines, Map<UUID, DepositReversal> deposits) {
    }

    /**
     * The return of {@code asked} (none: everything not yet returned). Refused: a sale not completed (409
     * {@code sale-state}); a reason missing; a line that does not exist, is named twice, or more than is left of it
     * (400 naming {@code lines[i]}); nothing left to return.
     */
    public static SaleReturn of(UUID id, String number, Sale sale, List<Asked> asked, String reason,
                                PaymentMethod refundMethod, Before before, SaleMoney money, MoneyUnit unit, LocalDate businessDate, Sale.Stamp created) {
        if (sale.state() != SaleState.COMPLETED) {
            throw new SaleStateException("Sale " + sale.number() + " is " + sale.state()
                    + ": only a completed sale's goods come back by a return");
        }
        var why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > REASON_MAX) {
            throw new InvalidInputException("reason", "a return needs a reason of 1 to " + REASON_MAX + " characters");
        }
        var wanted = asked.isEmpty() ? everythingLeft(sale, before) : asked;
        if (wanted.isEmpty()) {
            throw new SaleStateException("Sale " + sale.number() + " has been returned in full already");
        }
        var lines = new ArrayList<Line>();
        var seen = new HashSet<Integer>();
        for (int index = 0; index < wanted.size(); index++) {
            var ask = wanted.get(index);
            var at = "lines[" + index + "].";
            if (ask.lineNo() < 1 || ask.lineNo() > sale.lines().size()) {
                throw new InvalidInputException(at + "lineNo", "the sale has lines 1 to " + sale.lines().size());
            }
            if (!seen.add(ask.lineNo())) {
                throw new InvalidInputException(at + "lineNo", "this line is named twice");
            }
            var sold = sale.lines().get(ask.lineNo() - 1);
            var earlier = before.lines().get(ask.lineNo());
            int returnedBefore = earlier == null ? 0 : earlier.quantity();
            int left = sold.quantity() - returnedBefore;
            if (ask.quantity() < 1 || ask.quantity() > left) {
                throw new InvalidInputException(at + "quantity", left == 0 ? "this line has been returned in full"
                        : "must be 1 to the " + left + " left of " + sold.name());
            }
            int cumulative = returnedBefore + ask.quantity();
            var amount = share(sold.amount(), cumulative, sold.quantity(), unit)
                    .subtract(earlier == null ? BigDecimal.ZERO : earlier.amount());
            var tax = share(sold.tax(), cumulative, sold.quantity(), unit)
                    .subtract(earlier == null ? BigDecimal.ZERO : earlier.tax());
            lines.add(new Line(ask.lineNo(), sold.productId(), sold.packId(), sold.sku(), sold.name(), ask.quantity(),
                    (long) ask.quantity() * sold.unitsPerPack(), sold.unitPrice(), amount, tax));
        }
        var deposits = reversals(sale, lines, before, unit);
        var total = sum(lines.stream().map(Line::amount).toList());
        var tax = sum(lines.stream().map(Line::tax).toList());
        var depositRefund = sum(deposits.stream().map(DepositReversal::refund).toList());
        var credit = total.add(depositRefund);
        var refund = money.settled().subtract(money.asked().subtract(credit)).max(BigDecimal.ZERO).min(credit);
        if (refund.signum() > 0 && refundMethod == null) {
            throw new InvalidInputException("refundMethod", "the customer gets " + refund.toPlainString()
                    + " back: say how (CASH, CARD, MOBILE_MONEY or BANK_TRANSFER)");
        }
        return new SaleReturn(id, number, sale.id(), sale.number(), sale.customerId(), sale.warehouseId(), businessDate,
                why, lines, deposits, total, tax, depositRefund, credit, refund,
                refund.signum() > 0 ? refundMethod : null, created);
    }

    /** {@code R-2026-000007}, per tenant and calendar year. */
    public static final DocumentSeries NUMBERS = new DocumentSeries("R", "return");

    public ReturnAccepted accepted() {
        return new ReturnAccepted(id, number, saleId, saleNumber, customerId, warehouseId, businessDate, created.by(),
                created.at(), lines.stream().map(line -> new ReturnAccepted.Line(line.productId(), line.packId(),
                        line.quantity(), line.baseUnits(), line.unitPrice(), line.amount(), line.tax())).toList(),
                total, tax, depositRefund, refund, deposits.stream()
                .map(deposit -> new ReturnAccepted.Container(deposit.containerTypeId(), deposit.code(),
                        deposit.unitDeposit(), deposit.due(), deposit.consigned())).toList());
    }

    private static List<Asked> everythingLeft(Sale sale, Before before) {
        var left = new ArrayList<Asked>();
        for (int lineNo = 1; lineNo <= sale.lines().size(); lineNo++) {
            var earlier = before.lines().get(lineNo);
            int quantity = sale.lines().get(lineNo - 1).quantity() - (earlier == null ? 0 : earlier.quantity());
            if (quantity > 0) {
                left.add(new Asked(lineNo, quantity));
            }
        }
        return left;
    }

    /**
     * Per container type of the sale, what the returned packs carried when they were sold, within what earlier
     * returns left.
     */
    private static List<DepositReversal> reversals(Sale sale, List<Line> lines, Before before, MoneyUnit unit) {
        var carried = new LinkedHashMap<UUID, Long>();
        for (var line : lines) {
            for (var load : sale.lines().get(line.lineNo() - 1).loads()) {
                carried.merge(load.containerTypeId(), (long) line.quantity() * load.perPack(), Long::sum);
            }
        }
        var reversals = new ArrayList<DepositReversal>();
        for (var deposit : sale.deposits()) {
            var count = carried.getOrDefault(deposit.containerTypeId(), 0L);
            var earlier = before.deposits().get(deposit.containerTypeId());
            long dueLeft = deposit.due() - (earlier == null ? 0 : earlier.due());
            long consignedLeft = deposit.consigned() - (earlier == null ? 0 : earlier.consigned());
            long exchangedLeft = deposit.exchanged() - (earlier == null ? 0 : earlier.exchanged());
            long due = Math.min(count, dueLeft);
            long consigned = Math.min(count - due, consignedLeft);
            long exchanged = Math.min(count - due - consigned, exchangedLeft);
            if (due + consigned + exchanged > 0) {
                reversals.add(new DepositReversal(deposit.containerTypeId(), deposit.code(), deposit.name(),
                        deposit.kind(), deposit.unitDeposit(), due, consigned, exchanged,
                        unit.round(deposit.unitDeposit().multiply(BigDecimal.valueOf(consigned + exchanged)))));
            }
        }
        return reversals;
    }

    /** {@code amount x part / whole}, rounded to the money unit. */
    private static BigDecimal share(BigDecimal amount, int part, int whole, MoneyUnit unit) {
        return unit.round(amount.multiply(BigDecimal.valueOf(part)).divide(BigDecimal.valueOf(whole), 10,
                RoundingMode.HALF_UP));
    }

    private static BigDecimal sum(List<BigDecimal> amounts) {
        return amounts.stream().reduce(BigDecimal.ZERO.setScale(MoneyUnit.STORED_SCALE), BigDecimal::add);
    }
}
