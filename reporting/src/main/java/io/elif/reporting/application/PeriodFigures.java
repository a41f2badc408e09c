package io.elif.reporting.application;

import io.elif.reporting.domain.DateRange;
import io.elif.reporting.domain.Figures;
import io.elif.reporting.domain.Period;

import java.math.BigDecimal;
import java.util.List;

/** A dashboard period to date and the same stretch of the period before. */
public record PeriodFigures(Period period, DateRange current, DateRange previous, Figures currentFigures,
                            Figures previousFigures, BigDecimal paymentsReceived, BigDecimal previousPaymentsReceived,
                            List<TopProduct> topProducts) {

    public PeriodFigures {
        topProducts = List.copyOf(topProducts);
    }
}
