package org.tocsin.intake;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Small PDF and DOCX files made on the fly from lines of text (PDFBox and POI come with Tika). */
final class TestDocuments {

    private TestDocuments() {
    }

    static byte[] pdf(List<String> lines) throws IOException {
        return pdf(lines, null);
    }

    /** A PDF with one text line per line, on as many A4 pages as needed; encrypted when a password is given. */
    static byte[] pdf(List<String> lines, String password) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            int perPage = 60;
            for (int first = 0; first < Math.max(1, lines.size()); first += perPage) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, 9);
                    content.setLeading(12);
                    content.newLineAtOffset(40, 800);
                    for (String line : lines.subList(first, Math.min(lines.size(), first + perPage))) {
                        content.showText(winAnsi(line));
                        content.newLine();
                    }
                    content.endText();
                }
            }
            if (password != null) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy(password + "-owner", password, new AccessPermission());
                policy.setEncryptionKeyLength(128);
                document.protect(policy);
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    static byte[] docx(List<String> paragraphs) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String paragraph : paragraphs) {
                document.createParagraph().createRun().setText(paragraph);
            }
            document.write(out);
            return out.toByteArray();
        }
    }

    /** The standard Helvetica font has no glyph for characters outside WinAnsi; such characters become '?'. */
    private static String winAnsi(String line) {
        StringBuilder safe = new StringBuilder();
        for (char c : line.toCharArray()) {
            safe.append(c >= 0x20 && c < 0x7F || c >= 0xA0 && c <= 0xFF || c == '\u2019' || c == '\u201C' || c == '\u201D' ? c : '?');
        }
        return safe.toString();
    }
}
