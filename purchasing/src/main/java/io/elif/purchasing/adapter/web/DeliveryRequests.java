package io.elif.purchasing.adapter.web;

import io.elif.catalog.UnitCost;
import io.elif.purchasing.application.DeliveryLineRequest;
import io.elif.purchasing.application.ReceiveDelivery.NewDelivery;
import io.elif.purchasing.domain.Delivery;
import io.elif.purchasing.domain.DeliveryLine;
import io.elif.purchasing.domain.OrderLine;
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

/** The delivery endpoints' request bodies; the use case checks the rest (the order's lines, locations, dates). */
final class DeliveryRequests {

    private DeliveryRequests() {
    }

    /**
     * What arrived of one line. Against an order: the order's lineNo; without one (a manager's): productId, packId
     * (absent: base units) and unitCost per pack excluding tax. Location absent: the warehouse's default one.
     */
    record DeliveryLineBody(
            @Min(1) @Max(200) Integer lineNo,
            UUID productId,
            UUID packId,
            @NotNull @Min(value = 1, message = "must be at least {value} pack") @Max(OrderLine.MAX_PACKS) Integer quantity,
            @UnitCost BigDecimal unitCost,
            @Size(max = DeliveryLine.LOT_MAX) String lot,
            LocalDate bestBefore,
            @Size(max = DeliveryLine.CONDITION_MAX) String condition,
            UUID locationId) {

        DeliveryLineRequest toRequest() {
            return new DeliveryLineRequest(lineNo, productId, packId, quantity, unitCost, lot, bestBefore, condition,
                    locationId);
        }
    }

    /** Against an order (orderId), or (a manager) from a supplier without one (supplierId, no orderId). */
    record RecordDeliveryRequest(
            UUID orderId,
            UUID supplierId,
            @Size(max = Delivery.REFERENCE_MAX) String supplierReference,
            @NotEmpty @Size(max = Delivery.MAX_LINES) List<@NotNull @Valid DeliveryLineBody> lines) {

        NewDelivery toNewDelivery() {
            return new NewDelivery(orderId, supplierId, supplierReference,
                    lines.stream().map(DeliveryLineBody::toRequest).toList());
        }
    }

    record ReplaceDeliveryLinesRequest(@NotEmpty @Size(max = Delivery.MAX_LINES) List<@NotNull @Valid DeliveryLineBody> lines) {

        List<DeliveryLineRequest> toRequests() {
            return lines.stream().map(DeliveryLineBody::toRequest).toList();
        }
    }

    /** A manager's reason to receive more than was ordered (absent: no override). */
    record ConfirmDeliveryRequest(@Size(min = 1, max = Delivery.REASON_MAX) String overrideReason) {
    }
}
