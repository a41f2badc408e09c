package io.elif.reporting.application;

import io.elif.kernel.MoneyUnit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The manager's dashboard on the tenant's business day. */
public record DashboardView(LocalDate today, String currency, MoneyUnit moneyUnit, List<PeriodFigures> periods,
                            BigDecimal owed) {

    public DashboardView {
        periods = List.copyOf(periods);
    }
}
