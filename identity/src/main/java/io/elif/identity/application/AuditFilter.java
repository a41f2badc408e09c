package io.elif.identity.application;

import java.time.LocalDate;

/** What to look for in the audit trail; a blank or missing part matches everything, the days are UTC and inclusive. */
public record AuditFilter(String action, String outcome, String username, LocalDate from, LocalDate to) {
}
