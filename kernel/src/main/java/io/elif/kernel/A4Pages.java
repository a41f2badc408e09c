package io.elif.kernel;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessStreamCache;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;

/**
 * The A4 documents ELIF prints (a sale's invoice, a purchase order), drawn with Apache PDFBox: a cursor {@link #y}
 * going down the page, a new page when one is full, text cut or wrapped to its column, tables, rules and "Page i of n"
 * at each foot. Every text, customer-supplied or not, is drawn as text in DejaVu Sans (regular and bold, kept in the
 * kernel with their licence), embedded as a subset: it covers Latin-1, Latin Extended, Greek and Cyrillic; a character
 * it has no glyph for is drawn as "?" and a control character as a space. A module's document extends it and draws
 * its own content in {@link #draw()}.
 */
public abstract class A4Pages {

    protected static final float MARGIN = 42;
    protected static final float TOP = PDRectangle.A4.getHeight() - 48;
    protected static final float BOTTOM = 64;
    protected static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    protected static final float SIZE = 9;
    protected static final float LEADING = 12.5f;
    private static final Color GREY = new Color(0x55, 0x55, 0x55);
    private static final Color RULE = new Color(0xbb, 0xbb, 0xbb);
    private static final byte[] REGULAR = font("fonts/DejaVuSans.ttf");
    private static final byte[] BOLD = font("fonts/DejaVuSans-Bold.ttf");

    private PDDocument document;
    private PDFont regular;
    private TrueTypeFont regularGlyphs;
    private PDFont bold;
    private TrueTypeFont boldGlyphs;
    private PDPageContentStream out;
    /** Where the next row of text sits on the current page. */
    protected float y;

    /** Draws the document's content, page by page ({@link #room} starts new ones). */
    protected abstract void draw() throws IOException;

    /** What each page's foot says left of "Page i of n". */
    protected abstract String foot();

    /**
     * The document as PDF bytes.
     *
     * @param title  the PDF's title (its metadata)
     * @param author who issues it (the company)
     */
    public final byte[] render(String title, String author, Instant printedAt) {
        var bytes = new ByteArrayOutputStream();
        render(bytes, IOUtils.createMemoryOnlyStreamCache(), title, author, printedAt);
        return bytes.toByteArray();
    }

    /**
     * The document written to {@code target}, its pages' content kept in a temporary file while it is drawn rather
     * than in memory: for documents of any length (a report of thousands of pages).
     */
    public final void stream(OutputStream target, String title, String author, Instant printedAt) {
        render(target, IOUtils.createTempFileOnlyStreamCache(), title, author, printedAt);
    }

    private void render(OutputStream target, RandomAccessStreamCache.StreamCacheCreateFunction cache, String title,
                        String author, Instant printedAt) {
        try (var regularFont = parse(REGULAR); var boldFont = parse(BOLD); var pdf = new PDDocument(cache)) {
            document = pdf;
            regularGlyphs = regularFont;
            boldGlyphs = boldFont;
            regular = PDType0Font.load(pdf, regularFont, true);
            bold = PDType0Font.load(pdf, boldFont, true);
            newPage();
            draw();
            numberPages();
            var info = new PDDocumentInformation();
            info.setTitle(clean(title));
            info.setAuthor(clean(author));
            info.setCreator("ELIF");
            var created = new GregorianCalendar();
            created.setTimeInMillis(printedAt.toEpochMilli());
            info.setCreationDate(created);
            pdf.setDocumentInformation(info);
            pdf.save(target);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot draw " + title, e);
        } finally {
            document = null;
            out = null;
        }
    }

    protected final PDFont regular() {
        return regular;
    }

    protected final PDFont bold() {
        return bold;
    }

    /** One row of a table: the first {@code leftColumns} cells left, the others (numbers) right-aligned. */
    protected final void row(float[] columns, String[] cells, boolean header, int leftColumns) throws IOException {
        var font = header ? bold : regular;
        float x = MARGIN;
        for (int i = 0; i < columns.length; i++) {
            var cell = cells[i] == null ? "" : cells[i];
            if (i < leftColumns) {
                text(font, SIZE, x, y, cell, columns[i] - 6);
            } else {
                right(font, SIZE, x + columns[i], y, cell);
            }
            x += columns[i];
        }
        y -= LEADING;
    }

    protected final void rule() throws IOException {
        out.setStrokingColor(RULE);
        out.setLineWidth(0.5f);
        out.moveTo(MARGIN, y + LEADING - 3.5f);
        out.lineTo(MARGIN + WIDTH, y + LEADING - 3.5f);
        out.stroke();
        y -= 3;
    }

    /** Starts a new page (and draws what heads it) when less than this height is left. */
    protected final void room(float height, Drawing onNewPage) throws IOException {
        if (y - height < BOTTOM) {
            newPage();
            onNewPage.draw();
        }
    }

    /** Text at a point, cut with an ellipsis to fit the width. */
    protected final void text(PDFont font, float size, float x, float y, String text, float width) throws IOException {
        var drawable = fit(font, size, drawable(font, text == null ? "" : text), width);
        if (drawable.isEmpty()) {
            return;
        }
        out.setNonStrokingColor(font == regular && size < SIZE ? GREY : Color.BLACK);
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, y);
        out.showText(drawable);
        out.endText();
    }

    protected final void right(PDFont font, float size, float rightEdge, float y, String text) throws IOException {
        var drawable = drawable(font, text);
        text(font, size, rightEdge - width(font, size, drawable), y, drawable, Float.MAX_VALUE);
    }

    /**
     * The tenant's letterhead at the top left, 290 points wide: its name (two rows at most), address, phone and tax
     * id, from where the page is; {@code y} ends below it. The document's own facts go at the right, from the same top.
     */
    protected final void companyBlock(Company company) throws IOException {
        var name = wrap(bold(), 15, company.name(), 290);
        for (var row : name.subList(0, Math.min(2, name.size()))) {
            text(bold(), 15, MARGIN, y, row, 290);
            y -= 18;
        }
        for (var detail : new String[] {company.address(), company.phone(),
                company.taxId() == null ? null : "Tax ID: " + company.taxId()}) {
            if (detail != null && !detail.isBlank()) {
                for (var row : wrap(regular(), SIZE, detail, 290)) {
                    text(regular(), SIZE, MARGIN, y, row, 290);
                    y -= LEADING;
                }
            }
        }
    }

    /** The text in rows that fit the width, broken at spaces (a word longer than a row ends in an ellipsis), at most 4. */
    protected final List<String> wrap(PDFont font, float size, String text, float width) throws IOException {
        var drawable = drawable(font, text);
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

    /** The text without control characters (for metadata, which is not drawn). */
    protected static String clean(String text) {
        return text == null ? "" : text.codePoints().filter(codePoint -> !Character.isISOControl(codePoint))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
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
    private void numberPages() throws IOException {
        out.close();
        int count = document.getNumberOfPages();
        for (int i = 0; i < count; i++) {
            try (var foot = new PDPageContentStream(document, document.getPage(i),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                out = foot;
                text(regular, 7.5f, MARGIN, BOTTOM - 30, foot(), WIDTH - 80);
                right(regular, 7.5f, MARGIN + WIDTH, BOTTOM - 30, "Page " + (i + 1) + " of " + count);
            }
        }
    }

    /** The text as the font can draw it: controls become spaces, what it has no glyph for a question mark. */
    private String drawable(PDFont font, String text) throws IOException {
        var glyphs = font == bold ? boldGlyphs : regularGlyphs;
        var cmap = glyphs.getUnicodeCmapLookup();
        var drawn = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> {
            if (Character.isISOControl(codePoint) || Character.getType(codePoint) == Character.SURROGATE) {
                drawn.append(' ');
            } else if (codePoint == ' ' || cmap.getGlyphId(codePoint) != 0) {
                drawn.appendCodePoint(codePoint);
            } else {
                drawn.append('?');
            }
        });
        return drawn.toString();
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

    private static float width(PDFont font, float size, String text) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    private static byte[] font(String path) {
        try (InputStream in = A4Pages.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("the font " + path + " is missing from the kernel");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the font " + path, e);
        }
    }

    private static TrueTypeFont parse(byte[] font) throws IOException {
        return new TTFParser().parse(new RandomAccessReadBuffer(font));
    }

    /** What to draw at the top of a new page (a table's header again), or nothing. */
    @FunctionalInterface
    protected interface Drawing {
        void draw() throws IOException;
    }
}
