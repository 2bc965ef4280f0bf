package org.tocsin.actions.letters;

import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.logging.Level;
import java.util.regex.Pattern;

/**
 * Letters as one PDF: XHTML built here (everything from users escaped) laid out by
 * openhtmltopdf on A4, each letter from a new page, in Liberation Sans, which PDFBox ships and
 * which has Cyrillic. The font is embedded (subset): without it Cyrillic prints as "#".
 */
final class LetterPdf {

    static final String FONT_RESOURCE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    static final String FONT_FAMILY = "Letter Sans";
    private static final byte[] FONT = font();
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\R[\\h]*\\R\\s*");
    private static final String STYLE = """
            @page { size: A4; margin: 20mm 20mm 22mm 25mm; }
            body { font-family: '%s'; font-size: 11pt; line-height: 1.4; color: #000; }
            .letter-next { page-break-before: always; }
            .sender { text-align: right; }
            .date { text-align: right; margin: 6mm 0 8mm 0; }
            .to { margin-bottom: 10mm; }
            .subject { font-size: 12.5pt; margin-bottom: 6mm; }
            p { margin: 0 0 3.5mm 0; }
            """.formatted(FONT_FAMILY);

    static {
        // openhtmltopdf reports each render's timings at INFO: a line per letter would bury the log.
        XRLog.listRegisteredLoggers().forEach(name -> XRLog.setLevel(name, Level.WARNING));
    }

    /** Metrics of the font, read once for all documents instead of once per document (it is thread-safe). */
    private static final FSDefaultCacheStore FONT_METRICS = new FSDefaultCacheStore();

    private final Letters letters;

    LetterPdf(Letters letters) {
        this.letters = letters;
    }

    byte[] render(List<FilledLetter> filled) {
        if (filled.isEmpty()) {
            throw new IllegalArgumentException("no letter to render");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, FONT_METRICS);
            builder.useFont(() -> new ByteArrayInputStream(FONT), FONT_FAMILY, 400, FontStyle.NORMAL, true);
            // Nothing in a letter is fetched from elsewhere: no image, stylesheet or font by address.
            builder.useExternalResourceAccessControl((uri, type) -> false,
                    ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            builder.useExternalResourceAccessControl((uri, type) -> false,
                    ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            builder.withProducer("Tocsin");
            builder.withHtmlContent(xhtml(filled), null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("letter PDF could not be rendered", e);
        }
        return out.toByteArray();
    }

    /** The letters as one XHTML document; every value is escaped, since members and staff typed them. */
    String xhtml(List<FilledLetter> filled) {
        FilledLetter first = filled.getFirst();
        StringBuilder html = new StringBuilder(4096);
        html.append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").append(escape(first.language()))
                .append("\"><head><title>").append(escape(first.subject())).append("</title><style>")
                .append(STYLE).append("</style></head><body>");
        for (int i = 0; i < filled.size(); i++) {
            letter(html, filled.get(i), i > 0);
        }
        return html.append("</body></html>").toString();
    }

    private void letter(StringBuilder html, FilledLetter l, boolean next) {
        html.append("<div class=\"letter").append(next ? " letter-next" : "").append("\" lang=\"")
                .append(escape(l.language())).append("\">");
        html.append("<div class=\"sender\">")
                .append(escape(l.writer().name() == null ? Letters.HANDWRITING : l.writer().name())).append("<br/>")
                .append(escape(l.writer().town() == null ? Letters.HANDWRITING : l.writer().town())).append("</div>");
        html.append("<div class=\"date\">").append(escape(letters.date(l.date(), l.language()))).append("</div>");
        Addressee to = l.addressee();
        html.append("<div class=\"to\">").append(escape(to.name()));
        for (String line : addressLines(to)) {
            html.append("<br/>").append(escape(line));
        }
        if (to.fax() != null) {
            html.append("<br/>").append(escape(letters.text("letters.pdf.fax", l.language()) + " " + to.fax()));
        }
        html.append("</div>");
        html.append("<div class=\"subject\">").append(escape(l.subject())).append("</div>");
        for (String paragraph : PARAGRAPH_BREAK.split(l.body().strip())) {
            html.append("<p>").append(String.join("<br/>", paragraph.lines().map(LetterPdf::escape).toList()))
                    .append("</p>");
        }
        html.append("</div>");
    }

    private static List<String> addressLines(Addressee to) {
        java.util.ArrayList<String> lines = new java.util.ArrayList<>();
        if (to.title() != null) {
            lines.add(to.title());
        }
        if (to.organisation() != null) {
            lines.add(to.organisation());
        }
        lines.addAll(to.addressLines());
        return lines;
    }

    /** Text as XML character data: markup characters escaped, characters XML cannot hold dropped. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF)
                            || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF)) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }

    /**
     * Liberation Sans with every character it maps, but without its glyph substitution (GSUB)
     * table. PDFBox 3 runs its ligature engine over every piece of text in a font that has one,
     * which took three quarters of the time of a letter; a letter needs no ligatures.
     */
    private static byte[] font() {
        try (InputStream in = LetterPdf.class.getResourceAsStream(FONT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("font " + FONT_RESOURCE + " is not on the class path (PDFBox ships it)");
            }
            try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()))) {
                CmapLookup cmap = font.getUnicodeCmapLookup();
                // The tables PDFBox itself keeps when it embeds a subset (it copies any table it is given).
                TTFSubsetter everything = new TTFSubsetter(font, List.of("head", "hhea", "loca", "maxp", "cvt ", "prep",
                        "glyf", "hmtx", "fpgm", "gasp", "name", "OS/2", "post", "cmap"));
                for (int c = 0x20; c <= 0xFFFF; c++) {
                    if (cmap.getGlyphId(c) != 0) {
                        everything.add(c);
                    }
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream(512 * 1024);
                everything.writeToStream(out);
                return out.toByteArray();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
