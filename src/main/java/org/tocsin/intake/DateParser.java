package org.tocsin.intake;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads calendar dates as urgent actions print them, in English, German, French, Italian and
 * Spanish: "12 MAY 2016", "April 25, 2022", "27. Januar 2015", "1st June", "12 de mayo de 2016",
 * "2016-05-12", "12/05/2016". A date printed without a year keeps the year open (see {@link Found}).
 */
final class DateParser {

    private static final Map<String, Integer> MONTHS = new HashMap<>();

    static {
        String[][] names = {
                {"january", "jan", "januar", "jänner", "janvier", "janv", "gennaio", "genn", "enero", "ene"},
                {"february", "feb", "februar", "février", "fevrier", "févr", "fevr", "febbraio", "febrero"},
                {"march", "mar", "märz", "maerz", "marz", "mars", "marzo"},
                {"april", "apr", "avril", "avr", "aprile", "abril", "abr"},
                {"may", "mai", "maggio", "mag", "mayo", "may"},
                {"june", "jun", "juni", "juin", "giugno", "giu", "junio"},
                {"july", "jul", "juli", "juillet", "juil", "luglio", "lug", "julio"},
                {"august", "aug", "août", "aout", "agosto", "ago"},
                {"september", "sep", "sept", "septembre", "settembre", "sett", "set", "septiembre", "setiembre"},
                {"october", "oct", "oktober", "okt", "octobre", "ottobre", "ott", "octubre"},
                {"november", "nov", "novembre", "noviembre"},
                {"december", "dec", "dezember", "dez", "décembre", "decembre", "déc", "dicembre", "dic", "diciembre"},
        };
        for (int month = 0; month < names.length; month++) {
            for (String name : names[month]) {
                MONTHS.put(name, month + 1);
            }
        }
    }

    /** Month names, longest first so that "juin" is not read as "jun" + "in". */
    private static final String MONTH = "(?:" + String.join("|", MONTHS.keySet().stream()
            .sorted((a, b) -> b.length() - a.length()).toList()) + ")\\.?";

    private static final String DAY = "(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th|er|e|º|°)?\\.?";

    /** Four-digit year, or an apostrophe year; a bare two-digit year is too easily a day or a count. */
    private static final String YEAR = "(?:1[89]\\d\\d|20\\d\\d)";

    /**
     * The date forms, each with its own named groups: day-month-year (most of the world, and
     * every language here), month-day-year (US English), ISO, and all-numeric day-first.
     */
    static final Pattern DATE = Pattern.compile(
            "(?iu)\\b(?<d1>" + DAY + ")(?:\\s+(?:de|of))?\\s*(?<m1>" + MONTH + ")(?:,?\\s*(?:de\\s+|del\\s+)?(?<y1>" + YEAR + "))?(?![\\p{L}\\d])"
                    + "|\\b(?<m2>" + MONTH + ")\\s+(?<d2>" + DAY + ")(?:,?\\s*(?<y2>" + YEAR + "))?(?![\\p{L}\\d])"
                    + "|\\b(?<y3>" + YEAR + ")-(?<m3>0?[1-9]|1[0-2])-(?<d3>[0-2]?\\d|3[01])\\b"
                    + "|\\b(?<d4>[0-2]?\\d|3[01])[./](?<m4>0?[1-9]|1[0-2])[./](?<y4>" + YEAR + ")\\b");

    /** A date found in a text; {@code year} is 0 when the text left it out. */
    record Found(int start, int end, int year, int month, int day) {

        LocalDate toDate() {
            return year == 0 ? null : safeDate(year, month, day);
        }

        /** The date, taking a missing year from the reference year (a document's own year). */
        LocalDate toDate(int referenceYear) {
            return year != 0 ? toDate() : referenceYear == 0 ? null : safeDate(referenceYear, month, day);
        }
    }

    private DateParser() {
    }

    /** The first date that starts exactly at {@code from} (after spaces), or null. */
    static Found at(String text, int from) {
        Matcher matcher = DATE.matcher(text);
        int start = from;
        while (start < text.length() && text.charAt(start) == ' ') {
            start++;
        }
        matcher.region(start, text.length());
        return matcher.lookingAt() ? found(matcher) : null;
    }

    /** The first date anywhere in the text from {@code from}, or null. */
    static Found find(String text, int from) {
        Matcher matcher = DATE.matcher(text);
        while (matcher.find(from)) {
            Found found = found(matcher);
            if (found != null) {
                return found;
            }
            from = matcher.end();
        }
        return null;
    }

    static LocalDate parse(String text) {
        Found found = find(text, 0);
        return found == null ? null : found.toDate();
    }

    private static Found found(Matcher m) {
        if (m.group("m1") != null) {
            return found(m, m.group("y1"), month(m.group("m1")), m.group("d1"));
        }
        if (m.group("m2") != null) {
            return found(m, m.group("y2"), month(m.group("m2")), m.group("d2"));
        }
        if (m.group("m3") != null) {
            return found(m, m.group("y3"), Integer.parseInt(m.group("m3")), m.group("d3"));
        }
        return found(m, m.group("y4"), Integer.parseInt(m.group("m4")), m.group("d4"));
    }

    private static Found found(Matcher m, String year, int month, String day) {
        int dayNumber = Integer.parseInt(day.replaceAll("\\D", ""));
        Found found = new Found(m.start(), m.end(), year == null ? 0 : Integer.parseInt(year), month, dayNumber);
        return safeDate(2000, month, dayNumber) == null ? null : found;
    }

    private static int month(String name) {
        String key = name.toLowerCase().replace(".", "");
        Integer month = MONTHS.get(key);
        if (month == null) {
            month = MONTHS.get(Normalizer.normalize(key, Normalizer.Form.NFD).replaceAll("\\p{M}", ""));
        }
        return month == null ? 1 : month;
    }

    private static LocalDate safeDate(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
