package org.tocsin.intake;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** What a file is, from its first bytes (its name only breaks ties): the extractor must not trust an extension. */
enum DocumentType {
    PDF, OOXML, OPEN_DOCUMENT, OLE, OTHER_ARCHIVE, HTML, RTF, TEXT, BINARY;

    static DocumentType of(byte[] bytes, String name) {
        if (startsWith(bytes, "%PDF")) {
            return PDF;
        }
        if (startsWith(bytes, "PK\u0003\u0004")) {
            String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
            return head.contains("mimetypeapplication/vnd.oasis.opendocument") ? OPEN_DOCUMENT
                    : head.contains("[Content_Types].xml") || head.contains("word/") ? OOXML : OTHER_ARCHIVE;
        }
        if (bytes.length > 4 && (bytes[0] & 0xFF) == 0xD0 && (bytes[1] & 0xFF) == 0xCF && (bytes[2] & 0xFF) == 0x11 && (bytes[3] & 0xFF) == 0xE0) {
            return OLE;
        }
        if (startsWith(bytes, "{\\rtf")) {
            return RTF;
        }
        if (looksBinary(bytes)) {
            return BINARY;
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1).stripLeading().toLowerCase(Locale.ROOT);
        String lowerName = name.toLowerCase(Locale.ROOT);
        if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<html") || head.contains("<body")
                || ((lowerName.endsWith(".html") || lowerName.endsWith(".htm")) && head.contains("<"))) {
            return HTML;
        }
        return TEXT;
    }

    private static boolean startsWith(byte[] bytes, String magic) {
        if (bytes.length < magic.length()) {
            return false;
        }
        for (int i = 0; i < magic.length(); i++) {
            if (bytes[i] != (byte) magic.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Control characters other than white space in the first kilobytes mean a binary file; UTF-16 text has its byte-order mark. */
    private static boolean looksBinary(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)) {
            return false;
        }
        int checked = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < checked; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return control > checked / 100;
    }
}
