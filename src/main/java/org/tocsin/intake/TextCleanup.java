package org.tocsin.intake;

import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Undoes the damage that PDF and web-page extraction does to a text before any field is
 * read: odd bullet characters, non-breaking spaces, labels glued to the value before them,
 * e-mail addresses a web page replaced by a placeholder. Line structure is kept: blocks of
 * addresses depend on it.
 */
final class TextCleanup {

    /** Bullets as PDFs and Word documents encode them (Symbol-font private-use glyphs, middle dots, squares). */
    private static final Pattern BULLET_AT_LINE_START =
            Pattern.compile("(?m)^[ \\t]*[\\u00B7\\u2022\\u2023\\u2043\\u25AA\\u25AB\\u25CF\\u25E6\\u25A0\\u25A1\\u25CB\\u2219\\u27A2\\u2713\\u2714\\uF020-\\uF0FF][ \\t]*");

    /** Contact labels glued to the preceding value ("prgenproc@gov.ruSalutation:"): split them onto their own line. */
    private static final Pattern GLUED_LABEL = Pattern.compile(
            "(?<=[\\p{Ll}\\d.)])(Salutation|Fax|Faxes|Email|E-mail|Tel|Phone|Twitter|Anrede|Fax-Nr|Courriel|Formule d'appel|Saluto|Tratamiento)\\s*:");

    /** What Cloudflare and similar put where an e-mail address was; the address is gone, never an address. */
    private static final Pattern HIDDEN_EMAIL = Pattern.compile(
            "\\[\\s*email(?:&#160;|\\u00A0|\\s)*protected\\s*]|\\[at]\\s*protected|\\(?email protected\\)?", Pattern.CASE_INSENSITIVE);

    /** Soft line-break hyphenation inside a lower-case word ("investi-\ngation"). */
    private static final Pattern HYPHENATED_WRAP = Pattern.compile("(?<=\\p{Ll})-\\n(?=\\p{Ll})");

    private static final Pattern RUNS_OF_SPACES = Pattern.compile(" {2,}");

    private TextCleanup() {
    }

    /**
     * The text in lower case, character for character, so positions stay the same. Whole-text
     * searches run on it with lower-case patterns: case-insensitive Unicode matching costs
     * several times more, and throughput matters for bulk imports.
     */
    static String lower(String text) {
        String[] last = LAST_LOWERED.get();
        if (last[0] == text) {
            return last[1];
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.length() != text.length()) {
            lower = lowerCharByChar(text);
        }
        if (text.length() > 1000) {
            last[0] = text;
            last[1] = lower;
        }
        return lower;
    }

    /** The whole text is lowered by several field readers in turn; the last one is kept per thread. */
    private static final ThreadLocal<String[]> LAST_LOWERED = ThreadLocal.withInitial(() -> new String[2]);

    private static String lowerCharByChar(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(chars[i]);
        }
        return new String(chars);
    }

    private static String splitGluedLabels(String text) {
        StringBuilder split = new StringBuilder(text.length() + 16);
        int copied = 0;
        for (MatchResult label : Keywords.matches(GLUED_LABEL, text, lower(text), 1, 24, "salutation", "fax", "email", "e-mail", "tel:", "tel :",
                "phone", "twitter", "anrede", "courriel", "formule", "saluto", "tratamiento")) {
            split.append(text, copied, label.start()).append('\n').append(label.group(1)).append(':');
            copied = label.end();
        }
        return split.append(text, copied, text.length()).toString();
    }

    static String clean(String raw) {
        String text = raw.replace("\r\n", "\n").replace('\r', '\n')
                .replace('\u00A0', ' ').replace('\u2007', ' ').replace('\u202F', ' ').replace('\t', ' ')
                .replace("\uFEFF", "").replace("\u00AD", "").replace("\u200B", "")
                .replace('\u2019', '\'').replace('\u2018', '\'')
                .replace("\uFB01", "fi").replace("\uFB02", "fl").replace("\uFB00", "ff");
        if (lower(text).contains("protected")) {
            text = HIDDEN_EMAIL.matcher(text).replaceAll("");
        }
        text = BULLET_AT_LINE_START.matcher(text).replaceAll("\u2022 ");
        text = splitGluedLabels(text);
        if (text.contains("-\n")) {
            text = HYPHENATED_WRAP.matcher(text).replaceAll("");
        }
        StringBuilder lines = new StringBuilder(text.length());
        String[] split = text.split("\n", -1);
        for (int i = 0; i < split.length; i++) {
            lines.append(i == 0 ? "" : "\n").append(RUNS_OF_SPACES.matcher(split[i].strip()).replaceAll(" "));
        }
        return lines.toString();
    }
}
