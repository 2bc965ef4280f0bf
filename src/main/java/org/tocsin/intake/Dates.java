package org.tocsin.intake;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two dates of an urgent action: when it was issued and the deadline for appeals. Only
 * dates in a deadline or issue context count; the many other dates of a document (attacks,
 * court hearings, earlier actions) are facts of the case, not of the action.
 */
final class Dates {

    /**
     * Words that put the next date in deadline position. Each alternative ends where the
     * date must start, so "his appeal before the Supreme Court on 12 May" does not qualify:
     * the date has to follow the preposition at once.
     */
    private static final Pattern DEADLINE_LEAD = Pattern.compile(String.join("|",
            // "PLEASE SEND APPEALS BEFORE 12 MAY 2016", "if sending appeals after 21 March 1996",
            // "Appelle bis 27. Januar 2015", "appels avant le", "appelli entro il", "llamamientos antes del"
            "\\b(?:appeals|letters|appelle|briefe|schreiben sie|appels|lettres|appelli|lettere|llamamientos|cartas|peticiones|take action)\\b[^.\\n]{0,60}?"
                    + "\\b(?:before|by|until|till|no later than|not later than|after|bis(?: zum| spätestens(?: zum| am)?)?|vor dem|avant le|avant|jusqu'au|d'ici le|entro il|entro|prima del|antes del|antes de|hasta el)\\b[ ,:]*(?:the\\s+)?",
            // "This Urgent Action expires on April 25, 2022", "This action ended on April 24, 2020"
            "\\b(?:urgent action|action|ua|eilaktion|aktion|l'action|acción|azione)\\b[^.\\n]{0,20}?\\b(?:expires?|expired|ended|ends|will end|closes|closed|endet|läuft|expire|termine|vence|scade)\\b\\s*(?:on|am|le|el|il)?\\s*"),
            Pattern.UNICODE_CHARACTER_CLASS);

    private static final Pattern YEAR = Pattern.compile("\\b(?:19[5-9]\\d|20\\d\\d)\\b");

    /** The words each deadline lead starts with, to find where to look. */
    private static final String[] LEAD_WORDS = {"appeals", "letters", "appelle", "briefe", "schreiben sie", "appels", "lettres",
            "appelli", "lettere", "llamamientos", "cartas", "peticiones", "take action", "schreiben"};

    /** The verbs of the "this action expires" lead, which starts up to 40 characters before them. */
    private static final String[] EXPIRY_WORDS = {"expire", "ended", "ends ", "will end", "closes", "closed", "endet", "läuft", "termine",
            "vence", "scade"};

    /** A deadline named as such, the date within a few words: "APPEAL DEADLINE NOTICE: 16 August 2017", "Frist: 3. Mai". */
    private static final Pattern DEADLINE_WORD = Pattern.compile(
            "\\b(?:deadline|frist|letzter termin|date limite|fecha l[ií]mite|scadenza)\\b", Pattern.UNICODE_CHARACTER_CLASS);

    /** A labelled issue date: "Date: 17 December 2014", "Datum: 3. März 2015", "Issued on 5 May 2016". */
    private static final Pattern ISSUE_LABEL = Pattern.compile(
            "\\b(?:date|datum|fecha|data|date of issue|issued(?: on)?|published(?: on)?|veröffentlicht(?: am)?)\\s*:?\\s*",
            Pattern.CASE_INSENSITIVE);

    /** A place-and-date line that signs off an appeal: "Geneva-Paris, March 23, 2016", "Paris, le 5 mars 2016". */
    private static final Pattern PLACE_DATE_LINE = Pattern.compile(
            "^\\p{Lu}[\\p{L} .'()/-]{1,40},\\s*(?:le |den |am |el |il |on )?(?<date>.+?)\\.?$");

    private Dates() {
    }

    /** The deadline; the lead words are found in the lower-cased text (same positions), the date read from the original. */
    static LocalDate deadline(String text, LocalDate issued) {
        String lower = TextCleanup.lower(text);
        for (MatchResult lead : Keywords.matches(DEADLINE_LEAD, lower, lower, 0, 100, LEAD_WORDS)) {
            LocalDate date = dateAt(text, DateParser.at(text, lead.end()), issued);
            if (date != null) {
                return date;
            }
        }
        for (MatchResult lead : Keywords.matches(DEADLINE_LEAD, lower, lower, 40, 20, EXPIRY_WORDS)) {
            LocalDate date = dateAt(text, DateParser.at(text, lead.end()), issued);
            if (date != null) {
                return date;
            }
        }
        for (MatchResult word : Keywords.matches(DEADLINE_WORD, lower, lower, 20, "deadline", "frist", "letzter termin", "date limite", "fecha l", "scadenza")) {
            int end = Math.min(text.length(), word.end() + 70);
            DateParser.Found found = DateParser.find(text.substring(0, end), word.end());
            String between = found == null ? "" : text.substring(word.end(), found.start());
            if (found != null && !between.matches("(?s).*[\\d\\n.].*")) {
                LocalDate date = dateAt(text, found, issued);
                if (date != null) {
                    return date;
                }
            }
        }
        return null;
    }

    /** The date found, its year taken from the document when it was printed without one. */
    private static LocalDate dateAt(String text, DateParser.Found found, LocalDate issued) {
        if (found == null) {
            return null;
        }
        LocalDate date = found.year() != 0 ? found.toDate() : found.toDate(referenceYear(text, issued));
        if (date != null && issued != null && found.year() == 0 && date.isBefore(issued)) {
            date = date.plusYears(1);
        }
        return date;
    }

    static LocalDate issueDate(List<String> lines, int codeLine) {
        for (String line : lines) {
            if (!Keywords.containsAny(TextCleanup.lower(line), "date", "datum", "fecha", "data", "issued", "published", "veröffentlicht")) {
                continue;
            }
            Matcher label = ISSUE_LABEL.matcher(line);
            while (label.find()) {
                if (startsWord(line, label.start())) {
                    DateParser.Found found = DateParser.at(line, label.end());
                    if (found != null && found.year() != 0) {
                        return found.toDate();
                    }
                }
            }
        }
        for (String line : lines) {
            Matcher placeDate = PLACE_DATE_LINE.matcher(line);
            if (placeDate.matches() && wholeDate(placeDate.group("date")) != null) {
                return wholeDate(placeDate.group("date"));
            }
        }
        int nonBlank = 0;
        for (int i = 0; i < lines.size() && nonBlank < 6; i++) {
            if (!lines.get(i).isBlank()) {
                nonBlank++;
                LocalDate date = wholeDate(lines.get(i));
                if (date != null) {
                    return date; // a date alone on a line at the top is the document's own
                }
            }
        }
        for (int i = Math.max(0, codeLine); codeLine >= 0 && i < Math.min(lines.size(), codeLine + 6); i++) {
            LocalDate date = wholeDate(lines.get(i));
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    /** The date when the whole string is one full date, else null. */
    private static LocalDate wholeDate(String text) {
        String trimmed = text.strip();
        DateParser.Found found = DateParser.at(trimmed, 0);
        return found != null && found.end() >= trimmed.replaceAll("[.\\s]+$", "").length() ? found.toDate() : null;
    }

    private static boolean startsWord(String line, int at) {
        return at == 0 || !Character.isLetter(line.charAt(at - 1));
    }

    /** The year a date printed without one most likely belongs to: the issue year, else the latest year named. */
    private static int referenceYear(String text, LocalDate issued) {
        if (issued != null) {
            return issued.getYear();
        }
        Matcher years = YEAR.matcher(text);
        int latest = 0;
        while (years.find()) {
            latest = Math.max(latest, Integer.parseInt(years.group()));
        }
        return latest;
    }
}
