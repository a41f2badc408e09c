package io.elif.reporting.adapter.web.export;

import io.elif.kernel.InvalidInputException;

import java.util.Locale;

/** The files a report downloads as: the same rows, as a spreadsheet's text, a workbook or a printable document. */
public enum ExportFormat {
    CSV("text/csv; charset=UTF-8"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    PDF("application/pdf");

    private final String contentType;

    ExportFormat(String contentType) {
        this.contentType = contentType;
    }

    /** The format a download's extension names: csv, xlsx or pdf; anything else is refused naming {@code format}. */
    public static ExportFormat of(String extension) {
        for (var format : values()) {
            if (format.extension().equals(extension)) {
                return format;
            }
        }
        throw new InvalidInputException("format", "must be csv, xlsx or pdf");
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }
}
