package io.elif.reporting.adapter.web.export;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A table as an XLSX workbook written by Apache POI's streaming SXSSF writer: at most {@value #WINDOW} rows are in
 * memory at a time, the others are flushed to a compressed temporary file as they are written, which the workbook's
 * writing copies to the response and then deletes. A heading row (frozen), the data rows with numbers as numbers
 * (amounts with two decimals, days as dates), and the total row in bold. A sheet full at Excel's 1,048,576 rows goes
 * on in another.
 */
final class XlsxExport {

    /** Rows kept in memory before the oldest are flushed to the temporary file. */
    static final int WINDOW = 200;
    private static final int MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();

    private final ExportTable table;
    private final SXSSFWorkbook workbook;
    private final Map<ExportTable.Kind, CellStyle> styles = new EnumMap<>(ExportTable.Kind.class);
    private final Map<ExportTable.Kind, CellStyle> boldStyles = new EnumMap<>(ExportTable.Kind.class);
    private Sheet sheet;
    private int sheets;
    private int next;

    private XlsxExport(ExportTable table, SXSSFWorkbook workbook) {
        this.table = table;
        this.workbook = workbook;
        var font = workbook.createFont();
        font.setBold(true);
        var format = workbook.createDataFormat();
        for (var kind : ExportTable.Kind.values()) {
            var pattern = switch (kind) {
                case TEXT -> "@";
                case DATE -> "yyyy-mm-dd";
                case COUNT -> "#,##0";
                case AMOUNT, PERCENT -> "#,##0.00";
            };
            var style = workbook.createCellStyle();
            style.setDataFormat(format.getFormat(pattern));
            styles.put(kind, style);
            var bold = workbook.createCellStyle();
            bold.cloneStyleFrom(style);
            bold.setFont(font);
            boldStyles.put(kind, bold);
        }
    }

    static void write(ExportTable table, OutputStream target) throws IOException {
        var workbook = new SXSSFWorkbook(WINDOW);
        workbook.setCompressTempFiles(true);
        try {
            workbook.getXSSFWorkbook().getProperties().getCoreProperties().setTitle(table.title());
            workbook.getXSSFWorkbook().getProperties().getCoreProperties().setDescription(table.subtitle());
            var export = new XlsxExport(table, workbook);
            export.newSheet();
            var total = table.rows().each(row -> export.row(row, false));
            if (total != null) {
                export.row(total, true);
            }
            workbook.write(target);
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    private void newSheet() {
        sheets++;
        sheet = workbook.createSheet(sheets == 1 ? "Report" : "Report " + sheets);
        var heading = sheet.createRow(0);
        var columns = table.columns();
        for (int i = 0; i < columns.size(); i++) {
            var cell = heading.createCell(i);
            cell.setCellValue(columns.get(i).heading());
            cell.setCellStyle(boldStyles.get(ExportTable.Kind.TEXT));
            sheet.setColumnWidth(i, Math.min(255, Math.round(columns.get(i).width())) * 256);
        }
        sheet.createFreezePane(0, 1);
        next = 1;
    }

    private void row(List<Object> cells, boolean bold) {
        if (next == MAX_ROWS) {
            newSheet();
        }
        var row = sheet.createRow(next++);
        var columns = table.columns();
        for (int i = 0; i < columns.size(); i++) {
            var value = cells.get(i);
            if (value == null) {
                continue;
            }
            var kind = columns.get(i).kind();
            var cell = row.createCell(i);
            switch (value) {
                case BigDecimal number -> cell.setCellValue(number.doubleValue());
                case Number number -> cell.setCellValue(number.longValue());
                case LocalDate day -> cell.setCellValue(day);
                default -> {
                    cell.setCellValue(value.toString());
                    kind = ExportTable.Kind.TEXT;
                }
            }
            cell.setCellStyle((bold ? boldStyles : styles).get(kind));
        }
    }
}
