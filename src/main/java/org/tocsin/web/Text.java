package org.tocsin.web;

/** Form text as it is stored: trimmed, and absent rather than blank. */
public final class Text {

    private Text() {
    }

    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
