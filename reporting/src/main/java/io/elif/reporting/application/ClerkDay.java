package io.elif.reporting.application;

import io.elif.reporting.domain.Figures;

import java.time.LocalDate;
import java.util.List;

/** A clerk's own day: their sales (never their cost) and the payments they took. */
public record ClerkDay(LocalDate day, String clerk, String currency, Figures figures, List<PaymentTotal> payments) {

    public ClerkDay {
        payments = List.copyOf(payments);
    }
}
