package io.elif.sales.domain;

import io.elif.kernel.MoneyUnit;
import io.elif.catalog.ContainerKind;
import io.elif.catalog.ContainerLoad;
import io.elif.kernel.InvalidInputException;
import io.elif.sales.DepositLine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A deposit line: the returnable containers of one type that a sale's lines carry (3 crates of 24 carry 3 crates and
 * 72 bottles), split by what the customer does with them: pays the deposit now (consigned), brings as many empties
 * back now (exchanged, nothing to pay) or owes them (due, on the customer's container balance). Deposits are held
 * money, never revenue: they stay out of the sale's total and tax.
 *
 * @param unitDeposit the deposit of one container, as the catalogue says when the sale is priced
 * @param quantity    how many the lines carry: consigned + exchanged + due
 * @param amount      consigned x unit deposit, rounded to the money unit: what the customer pays for them now
 */
public record SaleDeposit(UUID containerTypeId, String code, String name, ContainerKind kind, BigDecimal unitDeposit,
                          long quantity, long consigned, long exchanged, long due, BigDecimal amount) {

    /** The most containers of one type a choice may name; the lines' own bound is lower. */
    public static final long MAX_COUNT = 1_000_000_000L;

    public SaleDeposit {
        Objects.requireNonNull(containerTypeId, "containerTypeId");
        if (quantity < 1 || consigned < 0 || exchanged < 0 || due < 0 || consigned + exchanged + due != quantity) {
            throw new IllegalArgumentException("a deposit line's counts must be positive and add up to its quantity");
        }
    }

    /** What the clerk chose for one container type: how many are exchanged and how many owed; the rest is consigned. */
    public record Choice(UUID containerTypeId, long exchanged, long due) {
    }

    /** What one sale line carries: the containers of one pack (or base unit) of it, and how many packs it holds. */
    public record Carried(List<ContainerLoad> perPack, int packs) {
    }

    /**
     * The deposit lines of a sale, one per container type its lines carry (crates first, then by code), each split
     * as the clerk chose or, without a choice, all consigned. Refused, naming {@code deposits[i]...}: a choice for a
     * container no line carries, a type chosen twice, more exchanged and due than carried, and containers owed by a
     * customer who may not owe (the walk-in customer).
     *
     * @param mayOwe whether the customer may owe containers
     */
    public static List<SaleDeposit> of(List<Carried> lines, List<Choice> choices, boolean mayOwe, MoneyUnit unit) {
        var carried = new LinkedHashMap<UUID, ContainerLoad>();
        var counts = new LinkedHashMap<UUID, Long>();
        for (var line : lines) {
            for (var load : line.perPack()) {
                carried.putIfAbsent(load.containerTypeId(), load);
                counts.merge(load.containerTypeId(), (long) line.packs() * load.quantity(), Long::sum);
            }
        }
        var chosen = new LinkedHashMap<UUID, Choice>();
        for (int index = 0; index < choices.size(); index++) {
            var choice = choices.get(index);
            var at = "deposits[" + index + "].";
            var quantity = counts.get(choice.containerTypeId());
            if (quantity == null) {
                throw new InvalidInputException(at + "containerTypeId", "no line of this sale carries this container");
            }
            if (chosen.putIfAbsent(choice.containerTypeId(), choice) != null) {
                throw new InvalidInputException(at + "containerTypeId", "this container is chosen twice");
            }
            if (choice.exchanged() < 0 || choice.due() < 0 || choice.exchanged() + choice.due() > quantity) {
                throw new InvalidInputException(at + "exchanged", "exchanged and due together must be 0 to the "
                        + quantity + " " + carried.get(choice.containerTypeId()).name() + " the lines carry");
            }
            if (choice.due() > 0 && !mayOwe) {
                throw new InvalidInputException(at + "due",
                        "only a named customer may owe containers: the walk-in customer pays or exchanges them");
            }
        }
        var deposits = new ArrayList<SaleDeposit>();
        carried.forEach((id, load) -> {
            var choice = chosen.getOrDefault(id, new Choice(id, 0, 0));
            long quantity = counts.get(id);
            long consigned = quantity - choice.exchanged() - choice.due();
            var amount = unit.round(load.deposit().multiply(BigDecimal.valueOf(consigned)));
            if (amount.compareTo(SaleLine.MAX_AMOUNT) > 0) {
                throw new InvalidInputException("deposits", "the deposit for " + load.name() + " is too large");
            }
            deposits.add(new SaleDeposit(id, load.code(), load.name(), load.kind(), load.deposit(), quantity, consigned,
                    choice.exchanged(), choice.due(), amount));
        });
        deposits.sort(Comparator.comparing(SaleDeposit::kind, Comparator.reverseOrder()).thenComparing(SaleDeposit::code));
        return List.copyOf(deposits);
    }

    public DepositLine toDepositLine() {
        return new DepositLine(containerTypeId, code, unitDeposit, quantity, consigned, exchanged, due, amount);
    }

    /** A sale holds one deposit line per container type. */
    static void checkDistinct(List<SaleDeposit> deposits) {
        var types = new HashSet<UUID>();
        for (var deposit : deposits) {
            if (!types.add(deposit.containerTypeId())) {
                throw new IllegalArgumentException("one deposit line per container type");
            }
        }
    }
}
