package io.elif.reporting.domain;

import io.elif.sales.ContainersReturned;
import io.elif.sales.ReturnAccepted;
import io.elif.sales.SaleCompleted;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A change of the containers a customer holds on a business day (docs/reporting.md, "Containers outstanding"):
 * {@code consigned} ones whose deposit they paid, {@code due} ones they owe, and the {@code deposits} held for them.
 * A sale adds what its lines carried; a return of goods takes its containers off (deposits at the sale's unit
 * deposit per consigned one); a return of empties settles due ones and refunds consigned ones.
 */
public record ContainerChange(UUID customerId, UUID containerTypeId, String code, LocalDate day, long consigned,
                              long due, BigDecimal deposits) {

    public static List<ContainerChange> of(SaleCompleted sale) {
        if (sale.customerId() == null) {
            return List.of();
        }
        return sale.deposits().stream()
                .filter(deposit -> deposit.consigned() != 0 || deposit.due() != 0 || deposit.amount().signum() != 0)
                .map(deposit -> new ContainerChange(sale.customerId(), deposit.containerTypeId(), deposit.code(),
                        sale.businessDate(), deposit.consigned(), deposit.due(), deposit.amount()))
                .toList();
    }

    public static List<ContainerChange> of(ReturnAccepted accepted) {
        if (accepted.customerId() == null) {
            return List.of();
        }
        return accepted.containers().stream()
                .filter(container -> container.consigned() != 0 || container.due() != 0)
                .map(container -> new ContainerChange(accepted.customerId(), container.containerTypeId(),
                        container.code(), accepted.businessDate(), -container.consigned(), -container.due(),
                        container.unitDeposit().multiply(BigDecimal.valueOf(container.consigned())).negate()))
                .toList();
    }

    public static List<ContainerChange> of(ContainersReturned returned) {
        return returned.lines().stream()
                .map(line -> new ContainerChange(returned.customerId(), line.containerTypeId(), line.code(),
                        returned.businessDate(), -line.refunded(), -line.settled(), line.refund().negate()))
                .toList();
    }
}
