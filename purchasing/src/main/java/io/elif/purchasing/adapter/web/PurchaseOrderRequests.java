package io.elif.purchasing.adapter.web;

import io.elif.catalog.UnitCost;
import io.elif.purchasing.application.CreatePurchaseOrder.NewOrder;
import io.elif.purchasing.application.OrderLineRequest;
import io.elif.purchasing.domain.OrderLine;
import io.elif.purchasing.domain.PurchaseOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The purchase order endpoints' request bodies; the use cases check the rest (the supplier's terms, the catalogue). */
final class PurchaseOrderRequests {

    private PurchaseOrderRequests() {
    }

    /**
     * A line: a product's pack (packId absent: base units) the supplier sells, a whole number of packs within its
     * minimum and multiple, a cost per pack excluding tax (absent: the cost agreed with the supplier).
     */
    record OrderLineBody(
            @NotNull UUID productId,
            UUID packId,
            @NotNull @Min(value = 1, message = "must be at least {value} pack") @Max(OrderLine.MAX_PACKS) Integer quantity,
            @UnitCost BigDecimal unitCost) {

        OrderLineRequest toRequest() {
            return new OrderLineRequest(productId, packId, quantity, unitCost);
        }
    }

    /** Warehouse absent: the default one. */
    record CreateOrderRequest(
            @NotNull UUID supplierId,
            UUID warehouseId,
            LocalDate expectedDate,
            @Size(max = PurchaseOrder.NOTES_MAX) String notes,
            @NotEmpty @Size(max = PurchaseOrder.MAX_LINES) List<@NotNull @Valid OrderLineBody> lines) {

        NewOrder toNewOrder() {
            return new NewOrder(supplierId, warehouseId, expectedDate, notes, lines.stream().map(OrderLineBody::toRequest).toList());
        }
    }

    record ReplaceLinesRequest(@NotEmpty @Size(max = PurchaseOrder.MAX_LINES) List<@NotNull @Valid OrderLineBody> lines) {

        List<OrderLineRequest> toRequests() {
            return lines.stream().map(OrderLineBody::toRequest).toList();
        }
    }

    /** Why the rest of the order will not come. */
    record CloseOrderRequest(@NotNull @Size(min = 1, max = PurchaseOrder.REASON_MAX) String reason) {
    }
}
