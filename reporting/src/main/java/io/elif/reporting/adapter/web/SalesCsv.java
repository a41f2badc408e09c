package io.elif.reporting.adapter.web;

import io.elif.reporting.application.ReportRow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;

/**
 * A sales report as RFC 4180 CSV, one row at a time: amounts with two decimals and a point, a field quoted when it
 * holds a comma, a quote or a line break, and a label that a spreadsheet would take for a formula (=, +, -, @)
 * prefixed with an apostrophe.
 */
final class SalesCsv {

    private final Writer writer;

    SalesCsv(Writer writer) {
        this.writer = writer;
    }

    void header() {
        write("key,label,quantity,revenue,tax,cost,grossProfit,margin,salesCount\r\n");
    }

    void row(ReportRow row) {
        var figures = row.figures();
        write(String.join(",", field(row.key()), field(label(row.label())), Long.toString(figures.quantity()),
                amount(figures.revenue()), amount(figures.tax()), amount(figures.cost()),
                amount(figures.grossProfit()), amount(figures.margin()), Integer.toString(figures.salesCount()))
                + "\r\n");
    }

    private static String label(String label) {
        if (label != null && !label.isEmpty() && "=+-@".indexOf(label.charAt(0)) >= 0) {
            return "'" + label;
        }
        return label;
    }

    private static String field(String text) {
        if (text == null) {
            return "";
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    private static String amount(BigDecimal amount) {
        return amount == null ? "" : amount.setScale(2).toPlainString();
    }

    private void write(String text) {
        try {
            writer.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
