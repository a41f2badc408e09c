package io.elif.purchasing.adapter.pdf;

import io.elif.kernel.A4Pages;
import io.elif.purchasing.application.OrderPdf;
import io.elif.purchasing.domain.OrderLine;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A purchase order as an A4 PDF, drawn by the kernel's {@link A4Pages}: the letterhead, the supplier, the lines (the
 * supplier's packs, costs excluding tax, tax), the totals, and what is not an order to fill (a draft, a cancelled
 * order) said at the top.
 */
@Component
class PurchaseOrderPdf implements OrderPdf {

    @Override
    public byte[] render(OrderDocument document) {
        return new Pages(document).render("Purchase order " + document.order().number(), document.company().name(),
                document.printedAt());
    }

    private static final class Pages extends A4Pages {

        private static final float[] LINE_COLUMNS = {220, 60, 45, 75, 40, 71};
        private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
        private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

        private final OrderDocument document;
        private final DecimalFormat money;
        private final DecimalFormat cost = new DecimalFormat("#,##0.####", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        private final DecimalFormat rate = new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.ENGLISH));

        Pages(OrderDocument document) {
            this.document = document;
            var scale = document.moneyScale();
            this.money = new DecimalFormat(scale == 0 ? "#,##0" : "#,##0." + "0".repeat(scale),
                    DecimalFormatSymbols.getInstance(Locale.ENGLISH));
            this.money.setRoundingMode(RoundingMode.HALF_UP);
        }

        @Override
        protected void draw() throws IOException {
            letterhead();
            supplier();
            lines();
            totals();
        }

        @Override
        protected String foot() {
            return "Purchase order " + document.order().number() + " · " + document.company().name() + " · printed "
                    + at(document.printedAt());
        }

        private void letterhead() throws IOException {
            var company = document.company();
            var order = document.order();
            float top = y;
            companyBlock(company);
            float left = y;
            y = top;
            float x = MARGIN + 300;
            text(bold(), 16, x, y, "PURCHASE ORDER", WIDTH - 300);
            y -= 20;
            String[][] facts = {
                    {"Number", order.number()},
                    {"Date", DATE.format(order.businessDate())},
                    {"Expected", order.expectedDate() == null ? "" : DATE.format(order.expectedDate())},
                    {"Ordered by", order.created().by()},
                    {"State", order.state().name().replace('_', ' ').toLowerCase(Locale.ROOT)}};
            for (var fact : facts) {
                text(regular(), SIZE, x, y, fact[0], 80);
                text(bold(), SIZE, x + 80, y, fact[1], WIDTH - 380);
                y -= LEADING;
            }
            y = Math.min(y, left) - 14;
            var warning = switch (order.state()) {
                case DRAFT -> "Draft: not yet an order.";
                case CANCELLED -> "Cancelled: do not deliver.";
                default -> null;
            };
            if (warning != null) {
                text(bold(), 11, MARGIN, y, warning, WIDTH);
                y -= LEADING + 4;
            }
        }

        private void supplier() throws IOException {
            var supplier = document.supplier();
            text(bold(), 10, MARGIN, y, "Supplier", WIDTH);
            y -= LEADING + 1;
            text(bold(), SIZE, MARGIN, y, supplier.name(), WIDTH - 100);
            text(regular(), SIZE, MARGIN + WIDTH - 100, y, supplier.code(), 100);
            y -= LEADING;
            for (var detail : new String[] {supplier.contact(), supplier.address(), supplier.phone(), supplier.email()}) {
                if (detail != null && !detail.isBlank()) {
                    for (var row : wrap(regular(), SIZE, detail, WIDTH)) {
                        text(regular(), SIZE, MARGIN, y, row, WIDTH);
                        y -= LEADING;
                    }
                }
            }
            y -= 10;
            text(regular(), 8, MARGIN, y, "Amounts in " + document.order().currency() + "; costs exclude tax. Payment terms: "
                    + supplier.paymentTermsDays() + " days.", WIDTH);
            y -= LEADING;
        }

        private void lines() throws IOException {
            lineHeader();
            for (var line : document.order().lines()) {
                var name = wrap(regular(), SIZE, line.name() + " (" + line.sku() + ")", LINE_COLUMNS[0] - 6);
                room(name.size() * LEADING + 2, this::lineHeader);
                row(LINE_COLUMNS, new String[] {name.get(0), pack(line), Integer.toString(line.quantity()),
                        cost.format(line.unitCost()), rate.format(line.taxRate()) + " %", money(line.amount())}, false, 2);
                for (var more : name.subList(1, name.size())) {
                    text(regular(), SIZE, MARGIN, y, more, LINE_COLUMNS[0] - 6);
                    y -= LEADING;
                }
            }
            rule();
        }

        private void lineHeader() throws IOException {
            row(LINE_COLUMNS, new String[] {"Item", "Pack", "Qty", "Unit cost", "Tax", "Amount"}, true, 2);
            rule();
        }

        private void totals() throws IOException {
            var totals = document.order().totals();
            room(LEADING * 4, () -> { });
            total("Net", totals.net(), false);
            total("Tax", totals.tax(), false);
            total("Total", totals.total(), true);
        }

        private void total(String label, BigDecimal amount, boolean strong) throws IOException {
            var font = strong ? bold() : regular();
            float size = strong ? 10.5f : SIZE;
            text(font, size, MARGIN + WIDTH - 230, y, label, 120);
            right(font, size, MARGIN + WIDTH, y, money(amount) + " " + document.order().currency());
            y -= strong ? LEADING + 2 : LEADING;
        }

        private static String pack(OrderLine line) {
            return line.packId() == null ? "unit" : "× " + line.unitsPerPack();
        }

        private String money(BigDecimal amount) {
            return money.format(amount.setScale(document.moneyScale(), RoundingMode.HALF_UP));
        }

        private String at(Instant instant) {
            return DATE_TIME.format(instant.atZone(document.zone() == null ? java.time.ZoneOffset.UTC : document.zone()));
        }

    }
}
