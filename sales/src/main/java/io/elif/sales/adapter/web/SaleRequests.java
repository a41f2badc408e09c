package io.elif.sales.adapter.web;

import io.elif.catalog.MoneyAmount;
import io.elif.sales.domain.Sale;
import io.elif.sales.domain.SaleLine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** The sale endpoints' request bodies; the domain checks the rest (who may set a price, the catalogue's facts). */
final class SaleRequests {

    private SaleRequests() {
    }

    /**
     * A line: a product by its base unit (no packId) or one of its packs, a whole number of packs. No price: the
     * server takes the catalogue's. A manager may send unitPrice (or a discount in percent) with a priceReason.
     */
    record SaleLineRequest(
            @NotNull UUID productId,
            UUID packId,
            @NotNull @PackCount Integer quantity,
            @MoneyAmount BigDecimal unitPrice,
            @DecimalMin(value = "0", message = "must be at least 0 percent")
            @DecimalMax(value = "100", message = "must be at most 100 percent")
            @Digits(integer = 3, fraction = 2, message = "must be a percentage with at most 2 decimals") BigDecimal discount,
            @Size(min = 1, max = SaleLine.REASON_MAX) String priceReason) {
    }

    /**
     * Customer absent: the walk-in customer; warehouse absent: the default one. {@code complete: true} makes it a
     * counter sale, created and completed at once.
     */
    record CreateSaleRequest(
            UUID customerId,
            UUID warehouseId,
            @NotNull @Size(min = 1, max = Sale.MAX_LINES) List<@NotNull @Valid SaleLineRequest> lines,
            Boolean complete) {
    }

    record ReplaceLinesRequest(
            @NotNull @Size(min = 1, max = Sale.MAX_LINES) List<@NotNull @Valid SaleLineRequest> lines) {
    }

    /** The customer a draft is sold to from now on (the walk-in customer by its id). */
    record SaleCustomerRequest(@NotNull UUID customerId) {
    }
}
