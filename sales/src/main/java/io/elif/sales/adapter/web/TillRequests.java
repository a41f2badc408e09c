package io.elif.sales.adapter.web;

import io.elif.catalog.MoneyAmount;
import io.elif.sales.domain.CashCount;
import io.elif.sales.domain.Till;
import io.elif.sales.domain.TillMovement;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.List;

/** The till endpoints' request bodies; the domain checks the rest (the money unit, one line, both or neither). */
final class TillRequests {

    private static final String CODE_MESSAGE = "must be 1 to 20 letters, digits or '-'";

    private TillRequests() {
    }

    record TillRequest(
            @NotNull @Pattern(regexp = "[A-Za-z0-9-]{1,20}", message = CODE_MESSAGE) String code,
            @NotBlank @Size(max = Till.NAME_MAX) String name,
            Boolean active) {
    }

    /** The cash put in the drawer to give change: at least 0, in the tenant's money unit. */
    record OpenSessionRequest(@NotNull @MoneyAmount BigDecimal openingFloat) {
    }

    /** Cash put in (PAID_IN) or taken out (PAID_OUT) by hand, with why. */
    record CashMovementRequest(
            @NotNull TillMovement.Kind kind,
            @NotNull @MoneyAmount BigDecimal amount,
            @NotBlank @Size(max = TillMovement.REASON_MAX) String reason) {
    }

    /** How many notes or coins of one value were counted. */
    record DenominationRequest(
            @NotNull @MoneyAmount BigDecimal value,
            @NotNull @Min(0) @Max(CashCount.MAX_PIECES) Integer count) {
    }

    /** The cash counted: by denominations, or as one figure (counted), not both. */
    record CloseSessionRequest(
            @Size(max = CashCount.MAX_DENOMINATIONS) List<@NotNull @Valid DenominationRequest> denominations,
            @MoneyAmount BigDecimal counted) {
    }
}
