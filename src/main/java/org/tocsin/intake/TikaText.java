package org.tocsin.intake;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.EmptyParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.html.JSoupParser;
import org.apache.tika.parser.microsoft.OfficeParser;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.apache.tika.parser.microsoft.rtf.RTFParser;
import org.apache.tika.parser.odf.OpenDocumentParser;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/** Text of PDF, Office, RTF and HTML documents through Apache Tika. Kept apart so that plain text never loads Tika. */
final class TikaText {

    /** A few million characters is far beyond any urgent action; the limit keeps a huge file bounded. */
    private static final int MAX_CHARACTERS = 5_000_000;

    /** Parsers by type, each created on first use: a PDF loads the PDF parser alone, not the hundred that auto-detection does; auto-detection only decides for other archives. */
    private static final class Pdf {
        static final Parser PARSER = new PDFParser();
    }

    private static final class Html {
        static final Parser PARSER = new JSoupParser();
    }

    private static final class Rtf {
        static final Parser PARSER = new RTFParser();
    }

    private static final class Ooxml {
        static final Parser PARSER = new OOXMLParser();
    }

    private static final class OpenDocument {
        static final Parser PARSER = new OpenDocumentParser();
    }

    private static final class Ole {
        static final Parser PARSER = new OfficeParser();
    }

    private static final class AnyType {
        static final Parser PARSER = new AutoDetectParser();
    }

    private TikaText() {
    }

    /** Office, PDF, RTF and web formats; a plain ZIP or other archive is not a document even though Tika lists its contents. */
    private static boolean isDocument(String contentType) {
        if (contentType == null) {
            return true;
        }
        String type = contentType.toLowerCase(java.util.Locale.ROOT);
        return type.startsWith("application/pdf") || type.startsWith("text/") || type.startsWith("application/xhtml")
                || type.startsWith("application/vnd.openxmlformats-officedocument") || type.startsWith("application/vnd.oasis.opendocument")
                || type.startsWith("application/msword") || type.startsWith("application/vnd.ms-word") || type.startsWith("application/rtf")
                || type.startsWith("application/epub") || type.startsWith("application/vnd.ms-outlook") || type.startsWith("message/");
    }

    /**
     * Attachments and embedded files are not the document's text; skipping them also keeps
     * Tika from loading its hundred other parsers (and POI) for every PDF.
     */
    private static ParseContext textOnly() {
        ParseContext context = new ParseContext();
        context.set(Parser.class, EmptyParser.INSTANCE);
        context.set(EmbeddedDocumentExtractor.class, new EmbeddedDocumentExtractor() {
            @Override
            public boolean shouldParseEmbedded(Metadata metadata) {
                return false;
            }

            @Override
            public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml) {
                // never called: nothing embedded is parsed
            }
        });
        return context;
    }

    static String extract(byte[] bytes, String name, DocumentType type) throws UnreadableDocumentException {
        Parser parser = switch (type) {
            case PDF -> Pdf.PARSER;
            case HTML -> Html.PARSER;
            case RTF -> Rtf.PARSER;
            case OOXML -> Ooxml.PARSER;
            case OPEN_DOCUMENT -> OpenDocument.PARSER;
            case OLE -> Ole.PARSER;
            default -> AnyType.PARSER;
        };
        BodyContentHandler handler = new BodyContentHandler(MAX_CHARACTERS);
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            parser.parse(in, handler, metadata, textOnly());
            if (!isDocument(metadata.get(Metadata.CONTENT_TYPE))) {
                throw new UnreadableDocumentException(name + " is not a supported document (PDF, DOCX, HTML or plain text)");
            }
        } catch (EncryptedDocumentException e) {
            throw new UnreadableDocumentException(name + " is encrypted (password-protected); save an unprotected copy and try again");
        } catch (TikaException | SAXException | IOException | RuntimeException e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                return handler.toString();
            }
            throw new UnreadableDocumentException(name + " cannot be read: it looks damaged or is not a supported document");
        }
        return handler.toString();
    }
}
