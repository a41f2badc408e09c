package io.elif.reporting.application;

import io.elif.reporting.domain.Figures;

/**
 * A row of a sales report: its key (the first day of its period, or the product's, customer's or warehouse's id, or
 * the clerk's username), a label when reporting knows one (a product's SKU and name, a clerk's username), and its
 * figures.
 */
public record ReportRow(String key, String label, Figures figures) {
}
