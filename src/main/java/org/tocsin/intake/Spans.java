package org.tocsin.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tocsin.intake.ExtractedUrgentAction.PersonAtRisk;
import org.tocsin.intake.ExtractedUrgentAction.Target;

/**
 * Finds where the extracted fields stand in the cleaned text. The rules read values from lines
 * they reshape (joined, trimmed, recased), so each value is looked up again in the text: words
 * in order, any whitespace between them, without regard to case. A value not found has no span.
 */
final class Spans {

    private Spans() {
    }

    static List<Span> locate(String text, ExtractedUrgentAction fields) {
        List<Span> spans = new ArrayList<>();
        first(spans, text, "code", 0, fields.code());
        for (int i = 0; i < fields.followUpOf().size(); i++) {
            first(spans, text, "follow_up_of", i, fields.followUpOf().get(i));
        }
        first(spans, text, "title", 0, fields.title());
        dates(spans, text, fields.issueDate(), fields.deadline());
        for (int i = 0; i < fields.personsAtRisk().size(); i++) {
            PersonAtRisk person = fields.personsAtRisk().get(i);
            all(spans, text, "persons_at_risk", i, person.name());
        }
        for (int i = 0; i < fields.targets().size(); i++) {
            Target target = fields.targets().get(i);
            all(spans, text, "targets", i, target.name());
        }
        spans.sort(Comparator.comparingInt(Span::start).thenComparingInt(Span::end));
        return spans;
    }

    private static Pattern words(String value) {
        String[] words = Text.words(value);
        List<String> quoted = new ArrayList<>();
        for (String word : words) {
            if (!word.isEmpty()) {
                quoted.add(Pattern.quote(word));
            }
        }
        return quoted.isEmpty() ? null
                : Pattern.compile("(?<![\\p{L}\\d])" + String.join("\\s*", quoted) + "(?![\\p{L}\\d])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static void first(List<Span> spans, String text, String field, int index, String value) {
        Pattern pattern = value == null ? null : words(value);
        if (pattern == null) {
            return;
        }
        Matcher matcher = pattern.matcher(text);
        if (matcher.find()) {
            spans.add(new Span(field, index, matcher.start(), matcher.end()));
        }
    }

    private static void all(List<Span> spans, String text, String field, int index, String value) {
        Pattern pattern = value == null ? null : words(value);
        if (pattern == null) {
            return;
        }
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            spans.add(new Span(field, index, matcher.start(), matcher.end()));
        }
    }

    /** Every printed date that reads as the issue date or the deadline (a date without a year takes theirs). */
    private static void dates(List<Span> spans, String text, LocalDate issued, LocalDate deadline) {
        if (issued == null && deadline == null) {
            return;
        }
        int from = 0;
        DateParser.Found found;
        boolean issueFound = false;
        boolean deadlineFound = false;
        while ((found = DateParser.find(text, from)) != null) {
            from = found.end();
            if (!issueFound && issued != null && issued.equals(found.toDate(issued.getYear()))) {
                spans.add(new Span("issue_date", 0, found.start(), found.end()));
                issueFound = true;
            } else if (!deadlineFound && deadline != null && deadline.equals(found.toDate(deadline.getYear()))) {
                spans.add(new Span("deadline", 0, found.start(), found.end()));
                deadlineFound = true;
            }
        }
    }
}
