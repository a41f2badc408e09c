package io.elif.sales.adapter.pdf;

import io.elif.kernel.A4Pages;
import io.elif.sales.application.InvoicePdf;
import io.elif.sales.domain.SaleDeposit;
import io.elif.sales.domain.SaleLine;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A sale's invoice as an A4 PDF drawn with Apache PDFBox: letterhead, customer, lines, tax per rate, totals, deposit
 * lines apart, payable and, when the sale has them, payments and what is still owed. Every text (customer-supplied
 * names and addresses included) is drawn as text by the kernel's {@link A4Pages} (DejaVu Sans, embedded as a subset; a
 * character it has no glyph for is drawn as "?" and a control character as a space).
 */
@Component
class SaleInvoicePdf implements InvoicePdf {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    /** The lines' table: item, pack, quantity, unit price, tax rate, amount (the numbers right-aligned). */
    private static final float[] LINE_COLUMNS = {230, 60, 45, 70, 40, 66};
    private static final float[] DEPOSIT_COLUMNS = {181, 50, 62, 66, 36, 56, 60};
    private static final float[] TAX_COLUMNS = {150, 120, 120, 121};
    private static final float[] PAYMENT_COLUMNS = {120, 140, 85, 85, 81};

    @Override
    public byte[] render(Invoice invoice) {
        return new Pages(invoice).render(invoice.kind().title() + " " + invoice.sale().number(), invoice.company().name(),
                invoice.printedAt());
    }

    /** The pages as they fill: a cursor going down, a new page (with its table header again) when one is full. */
    private static final class Pages extends A4Pages {

        private final Invoice invoice;
        private final DecimalFormat money;
        private final DecimalFormat rate = new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        Pages(Invoice invoice) {
            this.invoice = invoice;
            var scale = invoice.unit().scale();
            this.money = new DecimalFormat(scale == 0 ? "#,##0" : "#,##0." + "0".repeat(scale),
                    DecimalFormatSymbols.getInstance(Locale.ENGLISH));
            this.money.setRoundingMode(RoundingMode.HALF_UP);
        }

        @Override
        protected void draw() throws IOException {
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
            companyBlock(company);
            float left = y;
            y = top;
            float x = MARGIN + 300;
            text(bold(), 16, x, y, invoice.kind().title().toUpperCase(Locale.ROOT), WIDTH - 300);
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
                text(regular(), SIZE, x, y, fact[0], 80);
                text(bold(), SIZE, x + 80, y, fact[1], WIDTH - 380);
                y -= LEADING;
            }
            y = Math.min(y, left) - 14;
        }

        private void customer() throws IOException {
            var customer = invoice.customer();
            text(bold(), 10, MARGIN, y, invoice.kind().isInvoice() ? "Bill to" : "Customer", WIDTH);
            y -= LEADING + 1;
            text(bold(), SIZE, MARGIN, y, customer.name(), WIDTH - 100);
            text(regular(), SIZE, MARGIN + WIDTH - 100, y, customer.code(), 100);
            y -= LEADING;
            if (!customer.walkIn()) {
                for (var detail : new String[] {customer.address(), customer.phone()}) {
                    if (detail != null && !detail.isBlank()) {
                        for (var row : wrap(regular(), SIZE, detail, WIDTH)) {
                            text(regular(), SIZE, MARGIN, y, row, WIDTH);
                            y -= LEADING;
                        }
                    }
                }
            }
            y -= 10;
            text(regular(), 8, MARGIN, y, "Amounts in " + invoice.currency() + "; prices include tax.", WIDTH);
            y -= LEADING;
        }

        private void lines() throws IOException {
            lineHeader();
            for (var line : invoice.sale().lines()) {
                var name = wrap(regular(), SIZE, line.name() + " (" + line.sku() + ")", LINE_COLUMNS[0] - 6);
                room(name.size() * LEADING + 2, this::lineHeader);
                row(LINE_COLUMNS, new String[] {name.get(0), pack(line), Integer.toString(line.quantity()),
                        money(line.unitPrice()), rate.format(line.taxRate()) + " %", money(line.amount())}, false);
                for (var more : name.subList(1, name.size())) {
                    text(regular(), SIZE, MARGIN, y, more, LINE_COLUMNS[0] - 6);
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
                text(bold(), 10, MARGIN, y, "Deposits on returnable containers (not revenue)", WIDTH);
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
                text(bold(), 10, MARGIN, y, "Payments", WIDTH);
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
                text(regular(), SIZE, MARGIN + WIDTH - 230, y, "Due by", 120);
                right(bold(), SIZE, MARGIN + WIDTH, y, DATE.format(settlement.dueDate()));
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
                text(bold(), SIZE, MARGIN, y, note, WIDTH);
                y -= LEADING;
            }
        }

        /** A label and an amount at the right edge. */
        private void total(String label, BigDecimal amount, boolean strong) throws IOException {
            var font = strong ? bold() : regular();
            float size = strong ? 10.5f : SIZE;
            text(font, size, MARGIN + WIDTH - 230, y, label, 120);
            right(font, size, MARGIN + WIDTH, y, money(amount) + " " + invoice.currency());
            y -= strong ? LEADING + 2 : LEADING;
        }

        /** One row of a table: the first cell (and a second text one) left, the numbers right-aligned. */
        private void row(float[] columns, String[] cells, boolean header) throws IOException {
            row(columns, cells, header, columns == LINE_COLUMNS || columns == PAYMENT_COLUMNS ? 2 : 1);
        }

        @Override
        protected String foot() {
            return invoice.kind().title() + " " + invoice.sale().number() + " · " + invoice.company().name() + " · printed "
                    + at(invoice.printedAt());
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
}
