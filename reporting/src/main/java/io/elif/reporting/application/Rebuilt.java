package io.elif.reporting.application;

/** What a rebuild replayed: the events of each kind (a repeated event is counted once per delivery but booked once). */
public record Rebuilt(int salesCompleted, int returnsAccepted, int paymentsReceived, int productsDescribed) {
}
