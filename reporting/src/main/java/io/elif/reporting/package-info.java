/**
 * Reporting: read models fed only by the events of the other modules (sales' completed sales, returns and payments,
 * the catalogue's products), never by their tables, and the dashboard and reports read from them. Its API (this
 * package) is only the port {@link io.elif.reporting.EventHistory}, which bootstrap implements so that a tenant's
 * read models can be rebuilt from the events they were fed; no module calls reporting. Every figure is defined once, in docs/reporting.md, and computed in
 * {@link io.elif.reporting.domain}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting")
package io.elif.reporting;
