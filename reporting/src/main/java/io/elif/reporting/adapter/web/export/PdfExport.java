package io.elif.reporting.adapter.web.export;

import io.elif.kernel.A4Pages;
import io.elif.kernel.Company;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A table as a printable A4 PDF, drawn by the kernel's {@link A4Pages}: the company, the report's title and what it
 * covers, the printed columns with their heading repeated on each page, the rows as they are read, and the total in
 * bold. The pages' content goes to a temporary file while it is drawn ({@link A4Pages#stream}), so a long report is
 * never held in memory.
 */
final class PdfExport extends A4Pages {

    private static final DateTimeFormatter PRINTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final ExportTable table;
    private final Company company;
    private final Instant printedAt;
    private final ZoneId zone;
    private final List<Integer> printed = new ArrayList<>();
    private final float[] widths;
    private final int leftColumns;
    private final DecimalFormat amount = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
    private final DecimalFormat count = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ENGLISH));

    private PdfExport(ExportTable table, Company company, Instant printedAt, ZoneId zone) {
        this.table = table;
        this.company = company;
        this.printedAt = printedAt;
        this.zone = zone;
        amount.setRoundingMode(RoundingMode.HALF_UP);
        var columns = table.columns();
        float weights = 0;
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).printed()) {
                printed.add(i);
                weights += columns.get(i).width();
            }
        }
        widths = new float[printed.size()];
        int left = 0;
        boolean leading = true;
        for (int i = 0; i < widths.length; i++) {
            var column = columns.get(printed.get(i));
            widths[i] = WIDTH * column.width() / weights;
            leading = leading && (column.kind() == ExportTable.Kind.TEXT || column.kind() == ExportTable.Kind.DATE);
            left += leading ? 1 : 0;
        }
        leftColumns = left;
    }

    static void write(ExportTable table, Company company, Instant printedAt, ZoneId zone, OutputStream target) {
        new PdfExport(table, company, printedAt, zone).stream(target, table.title(), company.name(), printedAt);
    }

    @Override
    protected void draw() throws IOException {
        text(bold(), 10, MARGIN, y, company.name(), WIDTH);
        y -= 20;
        text(bold(), 15, MARGIN, y, table.title(), WIDTH);
        y -= 16;
        text(regular(), SIZE, MARGIN, y, table.subtitle(), WIDTH);
        y -= LEADING + 8;
        heading();
        List<Object> total;
        try {
            total = table.rows().each(row -> {
                try {
                    room(LEADING, this::heading);
                    row(widths, cells(row), false, leftColumns);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        if (total != null) {
            room(LEADING * 2, this::heading);
            rule();
            row(widths, cells(total), true, leftColumns);
        }
    }

    @Override
    protected String foot() {
        return table.title() + " · " + company.name() + " · printed " + PRINTED.format(printedAt.atZone(zone));
    }

    private void heading() throws IOException {
        var headings = new String[printed.size()];
        for (int i = 0; i < headings.length; i++) {
            headings[i] = table.columns().get(printed.get(i)).heading();
        }
        row(widths, headings, true, leftColumns);
        rule();
    }

    private String[] cells(List<Object> row) {
        var cells = new String[printed.size()];
        for (int i = 0; i < cells.length; i++) {
            var value = row.get(printed.get(i));
            cells[i] = switch (value) {
                case null -> "";
                case BigDecimal number -> amount.format(number);
                case Number number -> count.format(number.longValue());
                default -> value.toString();
            };
        }
        return cells;
    }
}
