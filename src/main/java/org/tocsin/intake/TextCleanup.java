package org.tocsin.intake;

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

    static String clean(String raw) {
        String text = raw.replace("\r\n", "\n").replace('\r', '\n')
                .replace('\u00A0', ' ').replace('\u2007', ' ').replace('\u202F', ' ').replace('\t', ' ')
                .replace("\uFEFF", "").replace("\u00AD", "").replace("\u200B", "")
                .replace('\u2019', '\'').replace('\u2018', '\'')
                .replace("\uFB01", "fi").replace("\uFB02", "fl").replace("\uFB00", "ff");
        text = HIDDEN_EMAIL.matcher(text).replaceAll("");
        text = BULLET_AT_LINE_START.matcher(text).replaceAll("\u2022 ");
        text = GLUED_LABEL.matcher(text).replaceAll("\n$1:");
        text = HYPHENATED_WRAP.matcher(text).replaceAll("");
        StringBuilder lines = new StringBuilder(text.length());
        String[] split = text.split("\n", -1);
        for (int i = 0; i < split.length; i++) {
            lines.append(i == 0 ? "" : "\n").append(RUNS_OF_SPACES.matcher(split[i].strip()).replaceAll(" "));
        }
        return lines.toString();
    }
}
