package org.tocsin.intake;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;

/**
 * The text of a document. Plain text is decoded directly (UTF-8, else the detected charset)
 * so that the common case loads no parser at all; PDF, Office and HTML files go through
 * Apache Tika ({@link TikaText}), loaded only when needed.
 */
public final class DocumentText {

    /** Larger files are not urgent actions; refusing them keeps a stray upload from exhausting memory. */
    static final long MAX_BYTES = 50L * 1024 * 1024;

    private DocumentText() {
    }

    public static String read(Path file) throws UnreadableDocumentException {
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw new UnreadableDocumentException(file + " is a directory, not a document");
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new UnreadableDocumentException(file + " is larger than 50 MB");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UnreadableDocumentException(file + ": no such file");
        } catch (IOException e) {
            throw new UnreadableDocumentException(file + ": cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        return fromBytes(bytes, file.getFileName().toString());
    }

    public static String fromBytes(byte[] bytes, String name) throws UnreadableDocumentException {
        if (bytes.length == 0) {
            throw new UnreadableDocumentException(name + " is empty");
        }
        DocumentType type = DocumentType.of(bytes, name);
        String text = switch (type) {
            case PDF, OOXML, OPEN_DOCUMENT, OLE, OTHER_ARCHIVE, HTML, RTF -> TikaText.extract(bytes, name, type);
            case TEXT -> decode(bytes);
            case BINARY -> throw new UnreadableDocumentException(name + " is not a supported document (PDF, DOCX, HTML or plain text)");
        };
        if (text.isBlank()) {
            throw new UnreadableDocumentException(name + " contains no text");
        }
        return text;
    }

    static String decode(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE || bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)) {
            return new String(bytes, StandardCharsets.UTF_16);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            CharsetDetector detector = new CharsetDetector();
            detector.setText(bytes);
            CharsetMatch match = detector.detect();
            Charset charset = match != null && Charset.isSupported(match.getName()) ? Charset.forName(match.getName()) : Charset.forName("windows-1252");
            return new String(bytes, charset);
        }
    }
}
