package io.elif.sales.adapter.web;

import io.elif.catalog.MoneyAmount;
import io.elif.sales.application.ChangeSale;
import io.elif.sales.domain.CreditOverride;
import io.elif.sales.domain.PaymentMethod;
import io.elif.sales.domain.PaymentRequest;
import io.elif.sales.domain.Sale;
import io.elif.sales.domain.SaleDeposit;
import io.elif.sales.domain.SaleLine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
     * What the customer does with the containers of one type the lines carry: how many empties are exchanged now and
     * how many are owed (absent: none); the rest is consigned, its deposit paid now.
     */
    record DepositChoiceRequest(
            @NotNull UUID containerTypeId,
            @Min(0) @Max(SaleDeposit.MAX_COUNT) Long exchanged,
            @Min(0) @Max(SaleDeposit.MAX_COUNT) Long due) {
    }

    /**
     * A payment: the method, the amount (for cash, what the customer hands over: beyond what is owed it is change) and
     * a reference (mobile money: the operator's transaction reference, required; card, bank transfer: optional).
     */
    record PaymentBody(
            @NotNull PaymentMethod method,
            @NotNull @MoneyAmount BigDecimal amount,
            @Size(max = PaymentRequest.REFERENCE_MAX) String reference) {

        PaymentRequest toRequest() {
            return new PaymentRequest(method, amount, reference);
        }
    }

    /** A manager's leave to complete beyond the customer's credit limit, with why. */
    record CreditOverrideRequest(@NotNull @Size(min = 1, max = CreditOverride.REASON_MAX) String reason) {
    }

    /**
     * Customer absent: the walk-in customer; warehouse absent: the default one. {@code complete: true} makes it a
     * counter sale, created and completed at once, with its payments (the walk-in customer pays it all; a named
     * customer may owe the rest within the credit limit, beyond it with a manager's creditOverride).
     */
    record CreateSaleRequest(
            UUID customerId,
            UUID warehouseId,
            @NotNull @Size(min = 1, max = Sale.MAX_LINES) List<@NotNull @Valid SaleLineRequest> lines,
            @Size(max = Sale.MAX_LINES) List<@NotNull @Valid DepositChoiceRequest> deposits,
            Boolean complete,
            @Size(max = ChangeSale.MAX_PAYMENTS) List<@NotNull @Valid PaymentBody> payments,
            @Valid CreditOverrideRequest creditOverride) {
    }

    /** What is paid as the sale completes; the body itself is optional. */
    record CompleteSaleRequest(
            @Size(max = ChangeSale.MAX_PAYMENTS) List<@NotNull @Valid PaymentBody> payments,
            @Valid CreditOverrideRequest creditOverride) {
    }

    /** The whole cart again: lines and deposit choices (absent: every container consigned). */
    record ReplaceLinesRequest(
            @NotNull @Size(min = 1, max = Sale.MAX_LINES) List<@NotNull @Valid SaleLineRequest> lines,
            @Size(max = Sale.MAX_LINES) List<@NotNull @Valid DepositChoiceRequest> deposits) {
    }

    /** The customer a draft is sold to from now on (the walk-in customer by its id). */
    record SaleCustomerRequest(@NotNull UUID customerId) {
    }
}
