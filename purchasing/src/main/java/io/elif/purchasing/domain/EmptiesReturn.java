package io.elif.purchasing.domain;

import io.elif.kernel.DocumentSeries;
import io.elif.kernel.InvalidInputException;
import io.elif.kernel.MoneyUnit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Empty crates and bottles going back to a supplier ({@code ES-YYYY-NNNNNN}): each line a container type of theirs
 * we hold, credited at their deposit (the latest a delivery of theirs carried), rounded half up per line to the money
 * unit; the credit is the sum of the rounded lines. Final once written.
 */
public record EmptiesReturn(UUID id, String number, UUID supplierId, UUID warehouseId, LocalDate businessDate,
                            String supplierReference, String currency, List<Line> lines, Stamp created) {

    public static final DocumentSeries NUMBERS = new DocumentSeries("ES", "supplier-empties-return");
    public static final int MAX_LINES = 50;
    public static final int REFERENCE_MAX = 50;
    public static final long MAX_QUANTITY = 1_000_000;

    public EmptiesReturn {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(supplierId, "supplierId");
        Objects.requireNonNull(warehouseId, "warehouseId");
        supplierReference = Texts.oneLine(Texts.optional(supplierReference, "supplierReference", REFERENCE_MAX),
                "supplierReference");
        lines = List.copyOf(lines);
    }

    /** One container type going back: {@code amount} = quantity x unit deposit, rounded to the money unit. */
    public record Line(int lineNo, UUID containerTypeId, String code, String name, long quantity, BigDecimal unitDeposit,
                       BigDecimal amount) {
    }

    /** What is asked to go back of one type. */
    public record Count(UUID containerTypeId, long quantity) {
    }

    /**
     * The lines of a return, checked against what we hold of the supplier's; refused naming {@code lines[i]...}: a
     * type asked twice, a type we hold none of theirs, more than we hold.
     */
    public static List<Line> lines(List<Count> counts, Map<UUID, SupplierContainer> account, MoneyUnit money) {
        if (counts.isEmpty()) {
            throw new InvalidInputException("lines", "a return needs at least one line");
        }
        if (counts.size() > MAX_LINES) {
            throw new InvalidInputException("lines", "at most " + MAX_LINES + " lines");
        }
        var seen = new HashSet<UUID>();
        var lines = new ArrayList<Line>(counts.size());
        for (int i = 0; i < counts.size(); i++) {
            var count = counts.get(i);
            var path = "lines[" + i + "].";
            if (!seen.add(count.containerTypeId())) {
                throw new InvalidInputException(path + "containerTypeId", "this container type is on another line already");
            }
            var theirs = account.get(count.containerTypeId());
            if (theirs == null || theirs.held() <= 0) {
                throw new InvalidInputException(path + "containerTypeId", "we hold none of this supplier's containers of this type");
            }
            if (count.quantity() > theirs.held()) {
                throw new InvalidInputException(path + "quantity", "we hold only " + theirs.held() + " of the supplier's "
                        + theirs.name());
            }
            var amount = money.round(theirs.unitDeposit().multiply(BigDecimal.valueOf(count.quantity())));
            lines.add(new Line(i + 1, count.containerTypeId(), theirs.code(), theirs.name(), count.quantity(),
                    theirs.unitDeposit(), amount));
        }
        return lines;
    }

    /** What the supplier owes us for these empties: the sum of the rounded lines. */
    public BigDecimal credit() {
        return lines.stream().map(Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
