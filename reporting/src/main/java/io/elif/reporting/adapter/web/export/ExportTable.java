package io.elif.reporting.adapter.web.export;

import java.util.List;
import java.util.function.Consumer;

/**
 * A report as a table to download: its title and what it covers (for the workbook's and the document's heading),
 * its columns, and its rows handed over one at a time as they are read (never all held), then its total row.
 *
 * @param name     the file's name without its extension
 * @param subtitle the report's range, grouping and currency, printed under the title
 */
public record ExportTable(String name, String title, String subtitle, List<Column> columns, Rows rows) {

    public ExportTable {
        columns = List.copyOf(columns);
    }

    /** What a column holds: its cells are a String, a LocalDate, a Long or Integer, or a BigDecimal (null: empty). */
    public enum Kind { TEXT, DATE, COUNT, AMOUNT, PERCENT }

    /**
     * A column.
     *
     * @param name    its name in the CSV header (the API's field name)
     * @param heading its heading in the workbook and the document
     * @param printed whether the printable document shows it (it leaves out an id when a label says the same)
     * @param width   its width in characters in the workbook, and its share of the document's width
     */
    public record Column(String name, String heading, Kind kind, boolean printed, float width) {
    }

    /**
     * The rows, each a list of cells in the columns' order, handed to {@code row} in order as they are read; then
     * the total row (its first shown cell "Total"), read with them, or null. CSV, whose rows are data only, leaves
     * the total out.
     */
    @FunctionalInterface
    public interface Rows {
        List<Object> each(Consumer<List<Object>> row);
    }
}
