package io.elif.reporting.adapter.web.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A table as RFC 4180 CSV, one row at a time: UTF-8, CRLF, a header row of the columns' names, amounts with two
 * decimals and a point, dates as ISO days, a field quoted when it holds a comma, a quote or a line break, and a text
 * that a spreadsheet would take for a formula (=, +, -, @) prefixed with an apostrophe. Data rows only: no total.
 */
final class CsvExport {

    private CsvExport() {
    }

    static void write(ExportTable table, OutputStream target) throws IOException {
        var writer = new OutputStreamWriter(target, StandardCharsets.UTF_8);
        write(writer, table.columns().stream().map(ExportTable.Column::name).collect(Collectors.joining(",")));
        table.rows().each(row -> write(writer, line(table.columns(), row)));
        writer.flush();
    }

    private static String line(List<ExportTable.Column> columns, List<Object> row) {
        var fields = new StringBuilder();
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) {
                fields.append(',');
            }
            fields.append(field(columns.get(i).kind(), row.get(i)));
        }
        return fields.toString();
    }

    private static String field(ExportTable.Kind kind, Object value) {
        if (value == null) {
            return "";
        }
        return switch (kind) {
            case AMOUNT, PERCENT -> ((BigDecimal) value).setScale(2).toPlainString();
            case TEXT -> quoted(unformula(value.toString()));
            default -> value.toString();
        };
    }

    private static String unformula(String text) {
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    private static String quoted(String text) {
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    private static void write(Writer writer, String line) {
        try {
            writer.write(line);
            writer.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
