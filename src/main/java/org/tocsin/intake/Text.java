package org.tocsin.intake;

import java.util.regex.Pattern;

/** Small string operations the field readers repeat many times per document, without compiling a regex on each call. */
final class Text {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private Text() {
    }

    static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The text without any of {@code characters} at its end. */
    static String trimEnd(String text, String characters) {
        int end = text.length();
        while (end > 0 && characters.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return text.substring(0, end);
    }

    /** The text without any of {@code characters} (or white space) at its start. */
    static String trimStart(String text, String characters) {
        int start = 0;
        while (start < text.length() && (characters.indexOf(text.charAt(start)) >= 0 || Character.isWhitespace(text.charAt(start)))) {
            start++;
        }
        return text.substring(start);
    }

    /** The words of the text, split at white space. */
    static String[] words(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? new String[]{""} : WHITESPACE.split(stripped);
    }

    /** Whether the text holds nothing but white space and punctuation marks of lists. */
    static boolean onlyPunctuation(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && ",.;:".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }
}
