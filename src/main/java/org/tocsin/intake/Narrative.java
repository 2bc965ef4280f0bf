package org.tocsin.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dated sentences of a document's narrative, as candidate incidents. A sentence ends at a
 * full stop (or ! ?) before a capital, a quote or a digit; line breaks inside it are the PDF's,
 * not the author's. Only dates with a day count: "in 2009" is background, not an event.
 */
final class Narrative {

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"”’)]?\\s+(?=[\\p{Lu}\"“‘(\\d])|\\n\\s*\\n(?=\\s*[\\p{Lu}•*-])");
    private static final int LONGEST_SENTENCE = 700;
    private static final int MOST_SENTENCES = 30;

    /** Words that make an incident type likely, checked in this order (the first that fits wins). */
    private static final String[][] TYPES = {
            {"killing", "killed", "murder", "shot dead"},
            {"disappearance", "disappeared", "abducted"},
            {"arson", "burn", "fire", "set alight", "torched"},
            {"raid", "searched", "search of", "broke into", "broken into", "raided"},
            {"confiscation", "confiscat", "seized", "stole", "stolen", "took their", "took computers"},
            {"detention", "detained", "arrested", "arrest"},
            {"physical_attack", "beat", "assault", "attacked", "attack", "punched", "kicked", "pelted", "thrown", "threw"},
            {"threat", "threat", "threaten"},
            {"smear", "labelled", "accused", "called him", "called them"},
            {"judicial_harassment", "charged", "investigation against", "prosecut"},
            {"surveillance", "followed", "surveillance", "watched"},
    };

    private Narrative() {
    }

    static List<DatedSentence> sentences(String text, LocalDate documentDate) {
        List<DatedSentence> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Matcher end = SENTENCE_END.matcher(text);
        int start = 0;
        while (start < text.length() && found.size() < MOST_SENTENCES) {
            int stop = text.length();
            int next = text.length();
            if (end.find(start)) {
                stop = end.start() + 1;
                next = end.end();
            }
            DatedSentence sentence = dated(text, start, stop, documentDate);
            if (sentence != null && seen.add(sentence.date() + sentence.sentence())) {
                found.add(sentence);
            }
            start = Math.max(next, stop);
        }
        return found;
    }

    private static DatedSentence dated(String text, int start, int stop, LocalDate documentDate) {
        while (start < stop && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        if (stop - start < 20 || stop - start > LONGEST_SENTENCE) {
            return null;
        }
        String raw = text.substring(start, stop);
        DateParser.Found date = DateParser.find(raw, 0);
        if (date == null) {
            return null;
        }
        LocalDate when;
        if (date.year() != 0) {
            when = date.toDate();
        } else {
            if (documentDate == null) {
                return null;
            }
            when = date.toDate(documentDate.getYear());
            // A document reports what already happened: a day after its own date was last year.
            if (when != null && when.isAfter(documentDate)) {
                when = when.minusYears(1);
            }
        }
        if (when == null) {
            return null;
        }
        String sentence = raw.replaceAll("\\s+", " ").strip();
        return new DatedSentence(when, date.year() == 0, sentence, type(sentence), start, stop);
    }

    static String type(String sentence) {
        String lower = sentence.toLowerCase(Locale.ROOT);
        for (String[] type : TYPES) {
            for (int i = 1; i < type.length; i++) {
                if (lower.contains(type[i])) {
                    return type[0];
                }
            }
        }
        return "other";
    }

    /**
     * The date a document speaks from: its issue date; else a little before its deadline (appeals
     * run for six to eight weeks), so that a December event in a UA due in January keeps its year.
     */
    static LocalDate documentDate(ExtractedUrgentAction fields) {
        if (fields.issueDate() != null) {
            return fields.issueDate();
        }
        return fields.deadline() == null ? null : fields.deadline().minusWeeks(6);
    }
}
