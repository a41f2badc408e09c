package io.elif.sales.adapter.pdf;

import io.elif.sales.application.InvoicePdf;
import io.elif.sales.domain.SaleDeposit;
import io.elif.sales.domain.SaleLine;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A sale's invoice as an A4 PDF drawn with Apache PDFBox: letterhead, customer, lines, tax per rate, totals, deposit
 * lines apart, payable and, when the sale has them, payments and what is still owed. Every text (customer-supplied
 * names and addresses included) is drawn as text in DejaVu Sans, embedded as a subset: it covers Latin-1, Latin
 * Extended, Greek and Cyrillic; a character it has no glyph for is drawn as "?" and a control character as a space.
 */
@Component
class SaleInvoicePdf implements InvoicePdf {

    private static final float MARGIN = 42;
    private static final float TOP = PDRectangle.A4.getHeight() - 48;
    private static final float BOTTOM = 64;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final float SIZE = 9;
    private static final float LEADING = 12.5f;
    private static final Color GREY = new Color(0x55, 0x55, 0x55);
    private static final Color RULE = new Color(0xbb, 0xbb, 0xbb);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    /** The lines' table: item, pack, quantity, unit price, tax rate, amount (the numbers right-aligned). */
    private static final float[] LINE_COLUMNS = {230, 60, 45, 70, 40, 66};
    private static final float[] DEPOSIT_COLUMNS = {181, 50, 62, 66, 36, 56, 60};
    private static final float[] TAX_COLUMNS = {150, 120, 120, 121};
    private static final float[] PAYMENT_COLUMNS = {120, 140, 85, 85, 81};

    private final byte[] regular;
    private final byte[] bold;

    SaleInvoicePdf() {
        this.regular = font("fonts/DejaVuSans.ttf");
        this.bold = font("fonts/DejaVuSans-Bold.ttf");
    }

    @Override
    public byte[] render(Invoice invoice) {
        try (var regularFont = parse(regular); var boldFont = parse(bold); var document = new PDDocument()) {
            var page = new Pages(document, new Fonts(PDType0Font.load(document, regularFont, true), regularFont,
                    PDType0Font.load(document, boldFont, true), boldFont), invoice);
            page.draw();
            page.close();
            info(document, invoice);
            var out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot draw the invoice of sale " + invoice.sale().number(), e);
        }
    }

    private static void info(PDDocument document, Invoice invoice) {
        var info = new PDDocumentInformation();
        info.setTitle(invoice.kind().title() + " " + invoice.sale().number());
        info.setAuthor(Fonts.clean(invoice.company().name()));
        info.setCreator("ELIF");
        var created = new GregorianCalendar();
        created.setTimeInMillis(invoice.printedAt().toEpochMilli());
        info.setCreationDate(created);
        document.setDocumentInformation(info);
    }

    private static byte[] font(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("the font " + path + " is missing from the sales module", e);
        }
    }

    private static TrueTypeFont parse(byte[] font) throws IOException {
        return new TTFParser().parse(new RandomAccessReadBuffer(font));
    }

    /** The two faces, and which characters they can draw. */
    private record Fonts(PDFont regular, TrueTypeFont regularGlyphs, PDFont bold, TrueTypeFont boldGlyphs) {

        /** The text as the font can draw it: controls become spaces, what it has no glyph for a question mark. */
        String drawable(PDFont font, String text) throws IOException {
            var glyphs = font == bold ? boldGlyphs : regularGlyphs;
            var cmap = glyphs.getUnicodeCmapLookup();
            var out = new StringBuilder(text.length());
            text.codePoints().forEach(codePoint -> {
                if (Character.isISOControl(codePoint) || Character.getType(codePoint) == Character.SURROGATE) {
                    out.append(' ');
                } else if (codePoint == ' ' || cmap.getGlyphId(codePoint) != 0) {
                    out.appendCodePoint(codePoint);
                } else {
                    out.append('?');
                }
            });
            return out.toString();
        }

        static String clean(String text) {
            return text == null ? "" : text.codePoints().filter(codePoint -> !Character.isISOControl(codePoint))
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        }
    }

    /** The pages as they fill: a cursor going down, a new page (with its table header again) when one is full. */
    private static final class Pages {

        private final PDDocument document;
        private final Fonts fonts;
        private final Invoice invoice;
        private final DecimalFormat money;
        private final DecimalFormat rate = new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        private PDPageContentStream out;
        private float y;

        Pages(PDDocument document, Fonts fonts, Invoice invoice) {
            this.document = document;
            this.fonts = fonts;
            this.invoice = invoice;
            var scale = invoice.unit().scale();
            this.money = new DecimalFormat(scale == 0 ? "#,##0" : "#,##0." + "0".repeat(scale),
                    DecimalFormatSymbols.getInstance(Locale.ENGLISH));
            this.money.setRoundingMode(RoundingMode.HALF_UP);
        }

        void draw() throws IOException {
            newPage();
            letterhead();
            customer();
            lines();
            taxes();
            totals();
            deposits();
            settlement();
            notes();
        }

        private void letterhead() throws IOException {
            var company = invoice.company();
            var sale = invoice.sale();
            float top = y;
            var name = wrap(fonts.bold(), 15, company.name(), 290);
            for (var row : name.subList(0, Math.min(2, name.size()))) {
                text(fonts.bold(), 15, MARGIN, y, row, 290);
                y -= 18;
            }
            for (var detail : new String[] {company.address(), company.phone(),
                    company.taxId() == null ? null : "Tax ID: " + company.taxId()}) {
                if (detail != null && !detail.isBlank()) {
                    for (var row : wrap(fonts.regular(), SIZE, detail, 290)) {
                        text(fonts.regular(), SIZE, MARGIN, y, row, 290);
                        y -= LEADING;
                    }
                }
            }
            float left = y;
            y = top;
            float x = MARGIN + 300;
            text(fonts.bold(), 16, x, y, invoice.kind().title().toUpperCase(Locale.ROOT), WIDTH - 300);
            y -= 20;
            var facts = new ArrayList<String[]>();
            facts.add(new String[] {"Number", sale.number()});
            facts.add(new String[] {"Date", DATE.format(sale.businessDate())});
            var stamp = switch (invoice.kind()) {
                case INVOICE -> sale.completed();
                case PRO_FORMA -> sale.confirmed();
                case QUOTATION -> sale.created();
            };
            facts.add(new String[] {switch (invoice.kind()) {
                case INVOICE -> "Completed";
                case PRO_FORMA -> "Confirmed";
                case QUOTATION -> "Created";
            }, at(stamp.at())});
            facts.add(new String[] {"Served by", sale.created().by()});
            facts.add(new String[] {"Price level", sale.priceLevel().name()});
            for (var fact : facts) {
                text(fonts.regular(), SIZE, x, y, fact[0], 80);
                text(fonts.bold(), SIZE, x + 80, y, fact[1], WIDTH - 380);
                y -= LEADING;
            }
            y = Math.min(y, left) - 14;
        }

        private void customer() throws IOException {
            var customer = invoice.customer();
            text(fonts.bold(), 10, MARGIN, y, invoice.kind().isInvoice() ? "Bill to" : "Customer", WIDTH);
            y -= LEADING + 1;
            text(fonts.bold(), SIZE, MARGIN, y, customer.name(), WIDTH - 100);
            text(fonts.regular(), SIZE, MARGIN + WIDTH - 100, y, customer.code(), 100);
            y -= LEADING;
            if (!customer.walkIn()) {
                for (var detail : new String[] {customer.address(), customer.phone()}) {
                    if (detail != null && !detail.isBlank()) {
                        for (var row : wrap(fonts.regular(), SIZE, detail, WIDTH)) {
                            text(fonts.regular(), SIZE, MARGIN, y, row, WIDTH);
                            y -= LEADING;
                        }
                    }
                }
            }
            y -= 10;
            text(fonts.regular(), 8, MARGIN, y, "Amounts in " + invoice.currency() + "; prices include tax.", WIDTH);
            y -= LEADING;
        }

        private void lines() throws IOException {
            lineHeader();
            for (var line : invoice.sale().lines()) {
                var name = wrap(fonts.regular(), SIZE, line.name() + " (" + line.sku() + ")", LINE_COLUMNS[0] - 6);
                room(name.size() * LEADING + 2, this::lineHeader);
                row(LINE_COLUMNS, new String[] {name.get(0), pack(line), Integer.toString(line.quantity()),
                        money(line.unitPrice()), rate.format(line.taxRate()) + " %", money(line.amount())}, false);
                for (var more : name.subList(1, name.size())) {
                    text(fonts.regular(), SIZE, MARGIN, y, more, LINE_COLUMNS[0] - 6);
                    y -= LEADING;
                }
            }
            rule();
        }

        private void lineHeader() throws IOException {
            row(LINE_COLUMNS, new String[] {"Item", "Pack", "Qty", "Unit price", "Tax", "Amount"}, true);
            rule();
        }

        private void taxes() throws IOException {
            Map<BigDecimal, BigDecimal[]> byRate = new TreeMap<>();
            for (var line : invoice.sale().lines()) {
                var sums = byRate.computeIfAbsent(line.taxRate().stripTrailingZeros(),
                        rate -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                sums[0] = sums[0].add(line.amount());
                sums[1] = sums[1].add(line.tax());
            }
            y -= 6;
            room(LEADING * (byRate.size() + 2), () -> { });
            row(TAX_COLUMNS, new String[] {"Tax rate", "Net", "Tax", "Total"}, true);
            for (var entry : byRate.entrySet()) {
                var sums = entry.getValue();
                row(TAX_COLUMNS, new String[] {rate.format(entry.getKey()) + " %", money(sums[0].subtract(sums[1])),
                        money(sums[1]), money(sums[0])}, false);
            }
            y -= 6;
        }

        private void totals() throws IOException {
            var totals = invoice.sale().totals();
            room(LEADING * 4, () -> { });
            total("Net", totals.net(), false);
            total("Tax", totals.tax(), false);
            total("Total", totals.total(), true);
        }

        private void deposits() throws IOException {
            var deposits = invoice.sale().deposits();
            if (!deposits.isEmpty()) {
                y -= 8;
                room(LEADING * 4, () -> { });
                text(fonts.bold(), 10, MARGIN, y, "Deposits on returnable containers (not revenue)", WIDTH);
                y -= LEADING + 2;
                row(DEPOSIT_COLUMNS, new String[] {"Container", "Carried", "Consigned", "Exchanged", "Due",
                        "Deposit", "Amount"}, true);
                rule();
                for (SaleDeposit deposit : deposits) {
                    room(LEADING, () -> { });
                    row(DEPOSIT_COLUMNS, new String[] {deposit.name() + " (" + deposit.code() + ")",
                            Long.toString(deposit.quantity()), Long.toString(deposit.consigned()),
                            Long.toString(deposit.exchanged()), Long.toString(deposit.due()),
                            money(deposit.unitDeposit()), money(deposit.amount())}, false);
                }
                rule();
                total("Deposits", invoice.sale().depositTotal(), false);
            }
            room(LEADING * 2, () -> { });
            y -= 2;
            total("Payable", invoice.sale().payable(), true);
        }

        private void settlement() throws IOException {
            var settlement = invoice.settlement();
            if (settlement == null) {
                return;
            }
            if (!settlement.payments().isEmpty()) {
                y -= 8;
                room(LEADING * 3, () -> { });
                text(fonts.bold(), 10, MARGIN, y, "Payments", WIDTH);
                y -= LEADING + 2;
                row(PAYMENT_COLUMNS, new String[] {"Method", "Reference", "Tendered", "Change", "Amount"}, true);
                rule();
                for (var payment : settlement.payments()) {
                    room(LEADING, () -> { });
                    row(PAYMENT_COLUMNS, new String[] {payment.method(), payment.reference(),
                            payment.tendered() == null ? "" : money(payment.tendered()),
                            payment.change() == null ? "" : money(payment.change()), money(payment.amount())}, false);
                }
                rule();
            }
            room(LEADING * 3, () -> { });
            if (settlement.paid() != null) {
                total("Paid", settlement.paid(), false);
            }
            if (settlement.owed() != null) {
                total("Still owed", settlement.owed(), true);
            }
            if (settlement.dueDate() != null && settlement.owed() != null && settlement.owed().signum() > 0) {
                text(fonts.regular(), SIZE, MARGIN + WIDTH - 230, y, "Due by", 120);
                right(fonts.bold(), SIZE, MARGIN + WIDTH, y, DATE.format(settlement.dueDate()));
                y -= LEADING;
            }
        }

        private void notes() throws IOException {
            var note = switch (invoice.kind()) {
                case QUOTATION -> "Quotation: not an invoice. Prices as of " + DATE.format(invoice.sale().businessDate())
                        + "; no goods are reserved.";
                case PRO_FORMA -> "Pro forma invoice: not an invoice. The invoice follows when the goods are delivered.";
                case INVOICE -> null;
            };
            if (note != null) {
                y -= 12;
                room(LEADING, () -> { });
                text(fonts.bold(), SIZE, MARGIN, y, note, WIDTH);
                y -= LEADING;
            }
        }

        /** A label and an amount at the right edge. */
        private void total(String label, BigDecimal amount, boolean strong) throws IOException {
            var font = strong ? fonts.bold() : fonts.regular();
            float size = strong ? 10.5f : SIZE;
            text(font, size, MARGIN + WIDTH - 230, y, label, 120);
            right(font, size, MARGIN + WIDTH, y, money(amount) + " " + invoice.currency());
            y -= strong ? LEADING + 2 : LEADING;
        }

        /** One row of a table: the first cell (and a second text one) left, the numbers right-aligned. */
        private void row(float[] columns, String[] cells, boolean header) throws IOException {
            var font = header ? fonts.bold() : fonts.regular();
            float x = MARGIN;
            for (int i = 0; i < columns.length; i++) {
                var cell = cells[i] == null ? "" : cells[i];
                boolean leftAligned = i == 0 || (columns == LINE_COLUMNS || columns == PAYMENT_COLUMNS) && i == 1;
                if (leftAligned) {
                    text(font, SIZE, x, y, cell, columns[i] - 6);
                } else {
                    right(font, SIZE, x + columns[i], y, cell);
                }
                x += columns[i];
            }
            y -= LEADING;
        }

        private void rule() throws IOException {
            out.setStrokingColor(RULE);
            out.setLineWidth(0.5f);
            out.moveTo(MARGIN, y + LEADING - 3.5f);
            out.lineTo(MARGIN + WIDTH, y + LEADING - 3.5f);
            out.stroke();
            y -= 3;
        }

        /** Starts a new page (and draws what heads it) when less than this height is left. */
        private void room(float height, Drawing onNewPage) throws IOException {
            if (y - height < BOTTOM) {
                newPage();
                onNewPage.draw();
            }
        }

        private void newPage() throws IOException {
            if (out != null) {
                out.close();
            }
            var page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            out = new PDPageContentStream(document, page);
            y = TOP;
        }

        /** Ends the last page and numbers every page at its foot. */
        void close() throws IOException {
            out.close();
            int count = document.getNumberOfPages();
            for (int i = 0; i < count; i++) {
                try (var foot = new PDPageContentStream(document, document.getPage(i),
                        PDPageContentStream.AppendMode.APPEND, true, true)) {
                    out = foot;
                    text(fonts.regular(), 7.5f, MARGIN, BOTTOM - 30,
                            invoice.kind().title() + " " + invoice.sale().number() + " · " + invoice.company().name()
                                    + " · printed " + at(invoice.printedAt()), WIDTH - 80);
                    right(fonts.regular(), 7.5f, MARGIN + WIDTH, BOTTOM - 30, "Page " + (i + 1) + " of " + count);
                }
            }
        }

        /** Text at a point, cut with an ellipsis to fit the width. */
        private void text(PDFont font, float size, float x, float y, String text, float width) throws IOException {
            var drawable = fit(font, size, fonts.drawable(font, text == null ? "" : text), width);
            if (drawable.isEmpty()) {
                return;
            }
            out.setNonStrokingColor(font == fonts.regular() && size < SIZE ? GREY : Color.BLACK);
            out.beginText();
            out.setFont(font, size);
            out.newLineAtOffset(x, y);
            out.showText(drawable);
            out.endText();
        }

        private void right(PDFont font, float size, float rightEdge, float y, String text) throws IOException {
            var drawable = fonts.drawable(font, text);
            text(font, size, rightEdge - width(font, size, drawable), y, drawable, Float.MAX_VALUE);
        }

        private String fit(PDFont font, float size, String text, float width) throws IOException {
            if (width(font, size, text) <= width) {
                return text;
            }
            var cut = text;
            while (!cut.isEmpty() && width(font, size, cut + "…") > width) {
                cut = cut.substring(0, cut.offsetByCodePoints(cut.length(), -1));
            }
            return cut + "…";
        }

        /** The text in rows that fit the width, broken at spaces (a word longer than a row ends in an ellipsis), at most 4. */
        private List<String> wrap(PDFont font, float size, String text, float width) throws IOException {
            var drawable = fonts.drawable(font, text);
            var rows = new ArrayList<String>();
            var row = new StringBuilder();
            for (var word : drawable.split(" +")) {
                var candidate = row.isEmpty() ? word : row + " " + word;
                if (width(font, size, candidate) <= width || row.isEmpty()) {
                    row.setLength(0);
                    row.append(candidate);
                } else {
                    rows.add(row.toString());
                    row.setLength(0);
                    row.append(word);
                }
            }
            rows.add(row.toString());
            return rows.size() > 4 ? List.of(rows.get(0), rows.get(1), rows.get(2), rows.get(3) + " …") : rows;
        }

        private static float width(PDFont font, float size, String text) throws IOException {
            return font.getStringWidth(text) / 1000 * size;
        }

        private String pack(SaleLine line) {
            return line.packId() == null ? "unit" : "× " + line.unitsPerPack();
        }

        private String money(BigDecimal amount) {
            return money.format(amount.setScale(invoice.unit().scale(), RoundingMode.HALF_UP));
        }

        private String at(Instant instant) {
            return DATE_TIME.format(instant.atZone(invoice.zone() == null ? ZoneId.of("UTC") : invoice.zone()));
        }
    }

    @FunctionalInterface
    private interface Drawing {
        void draw() throws IOException;
    }
}
