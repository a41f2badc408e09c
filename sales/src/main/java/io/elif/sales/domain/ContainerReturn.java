package io.elif.sales.domain;

import io.elif.catalog.ContainerKind;
import io.elif.kernel.DocumentSeries;
import io.elif.kernel.InvalidInputException;
import io.elif.kernel.MoneyUnit;
import io.elif.sales.ContainersReturned;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * Empties a customer brings back after a sale, as their own document. Each container returned first settles one the
 * customer owes (due); the rest are refunded at the deposit the customer paid. Never more than the customer holds.
 *
 * @param refundTotal what the customer gets back: the sum of the lines' rounded refunds
 */
public record ContainerReturn(UUID id, String number, UUID customerId, UUID warehouseId, LocalDate businessDate,
                              List<Line> lines, BigDecimal refundTotal, Sale.Stamp created) {

    public static final int MAX_LINES = 50;

    /**
     * One container type brought back.
     *
     * @param settled  how many settle containers the customer owed
     * @param refunded how many give back a deposit paid
     * @param refund   refunded x unit deposit, rounded, never more than the deposits the customer holds
     */
    public record Line(UUID containerTypeId, String code, String name, ContainerKind kind, BigDecimal unitDeposit,
                       long quantity, long settled, long refunded, BigDecimal refund) {

        public Line {
            if (quantity < 1 || settled < 0 || refunded < 0 || settled + refunded != quantity) {
                throw new IllegalArgumentException("a returned line's counts must add up to its quantity");
            }
        }
    }

    /** What a clerk counted: how many containers of a type came back. */
    public record Counted(UUID containerTypeId, long quantity) {
    }

    public ContainerReturn {
        Objects.requireNonNull(id, "id");
        lines = List.copyOf(lines);
    }

    /** The number a return of empties gets: {@code E-2026-000001}, per tenant and calendar year. */
    public static final DocumentSeries NUMBERS = new DocumentSeries("E", "empties");

    /**
     * Splits what was counted against what the customer holds. Refused, naming {@code lines[i]...}: no lines or too
     * many, a type the customer holds none of, a type counted twice, more than the customer holds.
     */
    public static ContainerReturn of(UUID id, String number, UUID customerId, UUID warehouseId, LocalDate businessDate,
                                     List<Counted> counted, Map<UUID, ContainerBalance> balances, MoneyUnit unit,
                                     Sale.Stamp created) {
        if (counted.isEmpty() || counted.size() > MAX_LINES) {
            throw new InvalidInputException("lines", "must hold 1 to " + MAX_LINES + " lines");
        }
        var seen = new HashSet<UUID>();
        var lines = IntStream.range(0, counted.size()).mapToObj(index -> {
            var count = counted.get(index);
            var at = "lines[" + index + "].";
            if (!seen.add(count.containerTypeId())) {
                throw new InvalidInputException(at + "containerTypeId", "this container is counted twice");
            }
            var balance = balances.get(count.containerTypeId());
            if (balance == null || balance.held() == 0) {
                throw new InvalidInputException(at + "containerTypeId", "the customer holds none of these containers");
            }
            if (count.quantity() < 1 || count.quantity() > balance.held()) {
                throw new InvalidInputException(at + "quantity", "must be 1 to the " + balance.held() + " "
                        + balance.name() + " the customer holds");
            }
            var settled = Math.min(count.quantity(), balance.due());
            var refunded = count.quantity() - settled;
            var refund = unit.round(balance.unitDeposit().multiply(BigDecimal.valueOf(refunded)))
                    .min(balance.depositsHeld().max(BigDecimal.ZERO));
            return new Line(balance.containerTypeId(), balance.code(), balance.name(), balance.kind(),
                    balance.unitDeposit(), count.quantity(), settled, refunded, refund);
        }).toList();
        var refundTotal = lines.stream().map(Line::refund).reduce(BigDecimal.ZERO.setScale(MoneyUnit.STORED_SCALE),
                BigDecimal::add);
        return new ContainerReturn(id, number, customerId, warehouseId, businessDate, lines, refundTotal, created);
    }

    public ContainersReturned returned() {
        return new ContainersReturned(id, number, customerId, warehouseId, businessDate, created.by(), created.at(),
                lines.stream().map(line -> new ContainersReturned.Line(line.containerTypeId(), line.code(),
                        line.quantity(), line.settled(), line.refunded(), line.refund())).toList(), refundTotal);
    }
}
