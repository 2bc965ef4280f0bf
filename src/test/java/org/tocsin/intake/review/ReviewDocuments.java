package org.tocsin.intake.review;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** Documents for the review tests: a small urgent action of our own, the corpus, and PDFs made from text. */
final class ReviewDocuments {

    static final Path CORPUS = Path.of("..", "shared", "corpus", "urgent-actions");

    private ReviewDocuments() {
    }

    static String urgentAction(String code, String person, String marker) {
        return """
                URGENT ACTION
                JOURNALIST THREATENED IN TESTLAND
                %s Index: EUR 99/1234/2016 Testland Date: 3 April 2016
                Journalist %s has been threatened for her reporting <b>%s</b>.
                On 2 April, four masked men beat %s outside her office and took her laptop.
                PLEASE WRITE IMMEDIATELY in English or your own language:
                - Calling on the authorities to protect %s.
                PLEASE SEND APPEALS BEFORE 15 MAY 2016 TO:
                Prosecutor General
                Ivan Testovich Prokurov
                Prosecutor General's Office
                Fax: +7 495 123 45 67
                Email: prokurov@example.org
                Salutation: Dear Prosecutor General
                """.formatted(code, person, marker, person, person);
    }

    static Path corpus() {
        Path corpus = CORPUS;
        if (!Files.isDirectory(corpus)) {
            corpus = Path.of("/work/shared/corpus/urgent-actions");
        }
        return corpus;
    }

    static List<Path> corpusDocuments() throws IOException {
        try (var files = Files.list(corpus())) {
            return files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
    }

    private static boolean printable(PDType0Font font, int c) {
        try {
            font.encode(new String(Character.toChars(c)));
            return !Character.isISOControl(c);
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    /** A PDF of the text, in Liberation Sans (PDFBox ships it) so that any Latin or Cyrillic letter prints. */
    static byte[] pdf(String text) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font font;
            try (var in = PDDocument.class.getResourceAsStream("/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
                font = PDType0Font.load(document, in);
            }
            List<String> lines = new ArrayList<>();
            for (String line : text.split("\n")) {
                StringBuilder printable = new StringBuilder();
                line.codePoints().forEach(c -> printable.appendCodePoint(printable(font, c) ? c : ' '));
                // wrap long lines as a PDF would
                String rest = printable.toString();
                while (rest.length() > 95) {
                    int cut = rest.lastIndexOf(' ', 95);
                    cut = cut < 40 ? 95 : cut;
                    lines.add(rest.substring(0, cut));
                    rest = rest.substring(cut).strip();
                }
                lines.add(rest);
            }
            int perPage = 60;
            for (int start = 0; start < lines.size(); start += perPage) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, 9);
                    content.setLeading(12);
                    content.newLineAtOffset(40, 800);
                    for (String line : lines.subList(start, Math.min(lines.size(), start + perPage))) {
                        content.showText(line);
                        content.newLine();
                    }
                    content.endText();
                }
            }
            document.save(out);
            return out.toByteArray();
        }
    }
}
