package io.elif.reporting.adapter.web.export;

import io.elif.kernel.CurrentCompany;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;

/**
 * The one way a report downloads: its table written to the response in the format asked, row by row as the
 * report's cursor reads them, synchronously on the request's thread (which carries the tenant and the read-only
 * transaction). CSV and XLSX go out as they are written; a PDF is drawn to a temporary file and then sent.
 */
@Component
public class ReportExports {

    private final CurrentCompany company;
    private final Clock clock;

    ReportExports(CurrentCompany company, Clock clock) {
        this.company = company;
        this.clock = clock;
    }

    public void write(ExportFormat format, ExportTable table, HttpServletResponse response) throws IOException {
        response.setContentType(format.contentType());
        response.setHeader("Content-Disposition", "attachment; filename=\"%s.%s\""
                .formatted(table.name(), format.extension()));
        var target = response.getOutputStream();
        try {
            switch (format) {
                case CSV -> CsvExport.write(table, target);
                case XLSX -> XlsxExport.write(table, target);
                case PDF -> PdfExport.write(table, company.company(), clock.instant(), clock.getZone(), target);
            }
        } catch (UncheckedIOException failed) {
            throw failed.getCause();
        }
        target.flush();
    }
}
