package io.elif.reporting.application;

import java.math.BigDecimal;

/** The payments of a period by one method taken by one user. */
public record PaymentTotal(String method, String takenBy, BigDecimal amount, int payments) {
}
