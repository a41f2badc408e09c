package io.elif.sales.adapter.pdf;

import io.elif.catalog.ContainerKind;
import io.elif.catalog.ContainerLoad;
import io.elif.catalog.PriceLevel;
import io.elif.catalog.SaleItem;
import io.elif.kernel.Company;
import io.elif.sales.SaleStateException;
import io.elif.sales.application.InvoicePdf.Customer;
import io.elif.sales.application.InvoicePdf.Invoice;
import io.elif.sales.application.InvoicePdf.Payment;
import io.elif.sales.application.InvoicePdf.Settlement;
import io.elif.sales.domain.LineRequest;
import io.elif.kernel.MoneyUnit;
import io.elif.sales.domain.Sale;
import io.elif.sales.domain.SaleDeposit;
import io.elif.sales.domain.SaleDocumentKind;
import io.elif.sales.domain.SaleLine;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The invoice drawn from DOMAIN.md's worked example, read back with PDFBox's text extraction. */
class SaleInvoicePdfTest {

    private static final MoneyUnit ARIARY = new MoneyUnit(0);
    private static final Instant NOW = Instant.parse("2026-12-03T08:00:00Z");
    private static final ZoneId ANTANANARIVO = ZoneId.of("Indian/Antananarivo");
    private static final UUID BEER = UUID.randomUUID();
    private static final UUID CRATE = UUID.randomUUID();
    private static final UUID SODA = UUID.randomUUID();
    private static final Company COMPANY = new Company("Boissons d'Analakely — Société Générale", "Lot II A 12, Antananarivo",
            "+261 20 22 000 00", "NIF 1234567890");
    private static final Customer BAR = new Customer("C-000042", "Hôtel <script>alert(1)</script> & Café Ñandú 漢",
            "Rue Ratsimilaho, Ambohijatovo", "+261 34 00 000 00", false);

    private final SaleInvoicePdf pdf = new SaleInvoicePdf();

    private static SaleItem crateOfBeer() {
        return new SaleItem(BEER, CRATE, true, "BEER-65", "Bière THB 65 cl", true, true, 24, new BigDecimal("60000.00"),
                new BigDecimal("20.00"), List.of(
                        new ContainerLoad(UUID.randomUUID(), "CRATE-24", "Crate of 24", ContainerKind.CRATE,
                                new BigDecimal("3000.00"), 1),
                        new ContainerLoad(UUID.randomUUID(), "BOTTLE-65", "Bottle 65 cl", ContainerKind.BOTTLE,
                                new BigDecimal("300.00"), 24)));
    }

    private static SaleItem canOfSoda() {
        return new SaleItem(SODA, null, true, "SODA-33", "Soda can 33 cl", true, true, 1, new BigDecimal("2000.00"),
                new BigDecimal("20.00"), List.of());
    }

    /** 3 crates of 24 and 6 cans; 2 crates and 48 bottles exchanged, the rest consigned: 192,000 + 10,200. */
    private static Sale workedExample() {
        var pricing = new SaleLine.Pricing(PriceLevel.LEVEL_2, ARIARY, false, "clerk", NOW);
        var crates = crateOfBeer();
        var lines = List.of(SaleLine.priced(0, LineRequest.of(BEER, CRATE, 3), crates, pricing),
                SaleLine.priced(1, LineRequest.of(SODA, null, 6), canOfSoda(), pricing));
        var deposits = SaleDeposit.of(List.of(new SaleDeposit.Carried(crates.containers(), 3),
                        new SaleDeposit.Carried(List.of(), 6)),
                List.of(new SaleDeposit.Choice(crates.containers().get(0).containerTypeId(), 2, 0),
                        new SaleDeposit.Choice(crates.containers().get(1).containerTypeId(), 48, 0)), true, ARIARY);
        return Sale.draft(UUID.randomUUID(), Sale.NUMBERS.number(2026, 123), UUID.randomUUID(), PriceLevel.LEVEL_2,
                UUID.randomUUID(), LocalDate.of(2026, 12, 3), lines, deposits, new Sale.Stamp("clerk", NOW));
    }

    private static Invoice invoiceOf(Sale sale, MoneyUnit unit, String currency, Settlement settlement) {
        return new Invoice(SaleDocumentKind.of(sale), COMPANY, sale, BAR, currency, unit, ANTANANARIVO, NOW, settlement);
    }

    private static String text(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void theWorkedExamplesInvoicePrintsItsFiguresInWholeAriaryAndTheCustomersTextAsText() throws IOException {
        var sale = workedExample().complete(new Sale.Stamp("clerk", NOW.plusSeconds(60))).sale();
        var settlement = new Settlement(List.of(new Payment("CASH", new BigDecimal("150000.00"),
                new BigDecimal("200000.00"), new BigDecimal("50000.00"), null)), new BigDecimal("150000.00"),
                new BigDecimal("52200.00"), LocalDate.of(2027, 1, 2));

        var bytes = pdf.render(invoiceOf(sale, ARIARY, "MGA", settlement));

        assertThat(new String(bytes, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        var text = text(bytes);
        assertThat(text).contains("INVOICE", "S-2026-000123", "2026-12-03", "11:01", "Bill to",
                "Boissons d'Analakely — Société Générale", "NIF 1234567890", "C-000042",
                "Hôtel <script>alert(1)</script> & Café Ñandú ?", "Rue Ratsimilaho",
                "Bière THB 65 cl (BEER-65)", "× 24", "60,000", "180,000", "12,000",
                "Net 160,000 MGA", "Tax 32,000 MGA", "Total 192,000 MGA",
                "Crate of 24 (CRATE-24) 3 1 2 0 3,000 3,000", "Bottle 65 cl (BOTTLE-65) 72 24 48 0 300 7,200",
                "Deposits 10,200 MGA", "Payable 202,200 MGA",
                "CASH", "200,000", "50,000", "Paid 150,000 MGA", "Still owed 52,200 MGA", "Due by 2027-01-02",
                "Page 1 of 1");
        assertThat(text).doesNotContain("192,000.00", "not an invoice", "漢");
    }

    @Test
    void aDraftIsAQuotationAndAConfirmedOrderAProFormaInvoiceEachSayingSo() throws IOException {
        var draft = workedExample();
        var confirmed = draft.confirm(new Sale.Stamp("clerk", NOW)).sale();

        assertThat(text(pdf.render(invoiceOf(draft, ARIARY, "MGA", null))))
                .contains("QUOTATION", "Quotation: not an invoice", "Customer").doesNotContain("Bill to", "Payments");
        assertThat(text(pdf.render(invoiceOf(confirmed, ARIARY, "MGA", null))))
                .contains("PRO FORMA INVOICE", "Pro forma invoice: not an invoice");
        var cancelled = draft.cancel(new Sale.Stamp("manager", NOW)).sale();
        assertThatExceptionOfType(SaleStateException.class).isThrownBy(() -> SaleDocumentKind.of(cancelled));
    }

    @Test
    void centsArePrintedWhereTheCurrencyHasThemAndTwoHundredLinesRunOverNumberedPages() throws IOException {
        var cents = new MoneyUnit(2);
        var pricing = new SaleLine.Pricing(PriceLevel.LEVEL_1, cents, false, "clerk", NOW);
        var lines = new ArrayList<SaleLine>();
        IntStream.range(0, Sale.MAX_LINES).forEach(index -> lines.add(SaleLine.priced(index,
                LineRequest.of(SODA, null, index + 1), new SaleItem(SODA, null, true, "SODA-" + index,
                        "Soda line " + index + " with a long name that must wrap over the width of its column "
                                + "in the table of the invoice", true, true, 1, new BigDecimal("1234.50"),
                        new BigDecimal("5.50"), List.of()), pricing)));
        var sale = Sale.draft(UUID.randomUUID(), Sale.NUMBERS.number(2026, 7), UUID.randomUUID(), PriceLevel.LEVEL_1,
                UUID.randomUUID(), LocalDate.of(2026, 12, 3), lines, List.of(), new Sale.Stamp("clerk", NOW));

        var text = text(pdf.render(invoiceOf(sale, cents, "EUR", null)));

        assertThat(text).contains("1,234.50", "5.5 %", "Soda line 0 ", "Soda line 199 ", "(SODA-199)",
                "Total 24,813,450.00 EUR", "Page 1 of ", "Item Pack Qty Unit price Tax Amount");
        var pages = Integer.parseInt(text.replaceAll("(?s).*Page 1 of (\\d+).*", "$1"));
        assertThat(pages).isGreaterThan(5);
        assertThat(text).contains("Page " + pages + " of " + pages);
    }
}
