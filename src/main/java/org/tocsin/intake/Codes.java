package org.tocsin.intake;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The document's own reference code and the codes of the earlier actions it follows up.
 * Each organisation numbers its actions its own way; the patterns below are one per family.
 */
final class Codes {

    /** Observatory (FIDH-OMCT): "RUS 004 / 1214 / OBS 093.1"; the ".1" marks the first update of "... OBS 093". */
    private static final Pattern OBSERVATORY = Pattern.compile(
            "\\b[A-Z]{3}\\s*\\d{3}\\s*/\\s*\\d{4}\\s*/\\s*OBS\\s*\\d{2,3}(?:\\.\\d{1,2})?\\b");

    /** OMCT cases: "Case AZE 031105" (the word Case is a label, not part of the code), updates "AZE 031105.1". */
    private static final Pattern OMCT_CASE = Pattern.compile("\\b(?i:case)\\s*:?\\s*(?<code>[A-Z]{3}\\s?\\d{6}(?:\\.\\d{1,2})?)\\b");

    /** Amnesty's document index, new and old: "AI Index: EUR 46/3648/2016", "Index: MDE 11/12/96". */
    private static final Pattern AI_INDEX = Pattern.compile(
            "\\b(?i:(?:AI\\s+)?index(?:\\s*(?:no\\.?|number|nr\\.?))?)\\s*:?\\s*(?<code>(?:AFR|AMR|ASA|EUR|MDE|IOR|POL|ACT|ORG|NWS|FIN|PRE)\\s?\\d{2}\\s?/\\s?\\d{2,4}\\s?/\\s?(?:\\d{4}|\\d{2}))\\b");

    /**
     * Amnesty action numbers: "UA 315/14", "UA: 315/14", "EXTRA 91/96", "UA 77.21" (Amnesty USA's
     * dot), "UA: Cuba 122.19" (a country between label and number), "THIRD UA 60/16" (an ordinal
     * marks a follow-up of the same number).
     */
    private static final Pattern AMNESTY_NUMBER = Pattern.compile(
            "\\b(?:(?<ordinal>(?i:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth))\\s+)?(?<label>UA|EXTRA)\\s*:?\\s*"
                    + "(?:(?<country>\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+)?)\\s+)?(?<number>\\d{1,4})\\s*(?<sep>[/.])\\s*(?<year>\\d{4}|\\d{2})(?![\\d/])");

    /** Hyphenated numbering "UA-313/2014", whose updates add a counter: "UA-257-1/2014". */
    private static final Pattern DASHED_NUMBER = Pattern.compile("\\bUA-(?<number>\\d{1,4})(?:-(?<update>\\d{1,2}))?/(?<year>\\d{4})\\b");

    /** Words just before a code that make it a reference to an earlier action rather than this one's own. */
    private static final Pattern REFERENCE_LEAD = Pattern.compile(
            "(?i)(?:\\bsee|\\bsiehe|\\bvgl\\.|\\bvoir|\\bcf\\.|\\bvéase|\\bver|\\bvedi|further information on|follow[- ]up (?:to|of|on)|update (?:to|of|on)|weitere informationen zu|informations complémentaires sur|más información sobre|ulteriori informazioni su|previous|earlier|former)\\s*[(:]?\\s*$");

    /** What separates codes listed together ("UA 315/14 and UA 125/15"): they share their status. */
    private static final Pattern LIST_JOINER = Pattern.compile("(?i)\\s*(?:,|;|and|und|et|y|e|&|as well as)?\\s*");

    private static final Pattern FOLLOW_UP_LEAD = Pattern.compile(
            "(?i)(?:further information on|follow[- ]up (?:to|of|on)|update (?:to|of|on)|weitere informationen zu|informations complémentaires sur|más información sobre|ulteriori informazioni su)\\s*[(:]?\\s*$");

    record Result(String code, List<String> followUpOf, int codeLine) {
    }

    private Codes() {
    }

    /** A code and where it stands in the text. */
    private record Located(String code, int at) {
    }

    private static final Pattern UPDATE_SUFFIX = Pattern.compile("\\.\\d{1,2}$");

    static Result find(String text) {
        Set<String> followUps = new LinkedHashSet<>();
        Located own = observatoryOrOmct(text);
        if (own != null && UPDATE_SUFFIX.matcher(own.code()).find()) {
            followUps.add(UPDATE_SUFFIX.matcher(own.code()).replaceAll(""));
        }
        Located dashed = dashedNumber(text, followUps);
        own = own != null ? own : dashed;
        AmnestyNumbers numbers = amnestyNumbers(text);
        followUps.addAll(numbers.references());
        if (own == null) {
            own = numbers.own(); // a first action is known by its UA number; its index only names the document
        }
        if (own == null) {
            own = aiIndex(text);
        }
        if (own == null && !numbers.followed().isEmpty()) {
            own = numbers.followed().getFirst(); // a further-information page printed only with its original's number
        }
        if (own == null) {
            return new Result(null, new ArrayList<>(followUps), -1);
        }
        String code = own.code();
        if (numbers.followed().stream().noneMatch(followed -> followed.code().equals(code))) {
            followUps.remove(code);
        }
        return new Result(code, new ArrayList<>(followUps), lineOf(text, own.at()));
    }

    private static Located observatoryOrOmct(String text) {
        List<MatchResult> observatory = Keywords.matches(OBSERVATORY, text, text, 30, 30, "OBS");
        if (!observatory.isEmpty()) {
            return new Located(collapse(observatory.getFirst().group()), observatory.getFirst().start());
        }
        List<MatchResult> omct = Keywords.matches(OMCT_CASE, text, TextCleanup.lower(text), 0, 30, "case");
        return omct.isEmpty() ? null : new Located(collapse(omct.getFirst().group("code")), omct.getFirst().start());
    }

    /** The first "UA-313/2014" that is not a reference is the document's own; "UA-257-1/2014" also follows up "UA-257/2014". */
    private static Located dashedNumber(String text, Set<String> followUps) {
        Located own = null;
        for (MatchResult dashed : Keywords.matches(DASHED_NUMBER, text, text, 0, 20, "UA-")) {
            String base = "UA-" + dashed.group("number") + "/" + dashed.group("year");
            if (own == null && !isReference(text, dashed.start())) {
                own = new Located(dashed.group(), dashed.start());
                if (dashed.group("update") != null) {
                    followUps.add(base);
                }
            } else if (!dashed.group().equals(own == null ? null : own.code())) {
                followUps.add(base);
            }
        }
        return own;
    }

    private static Located aiIndex(String text) {
        List<MatchResult> index = Keywords.matches(AI_INDEX, text, TextCleanup.lower(text), 3, 50, "index");
        return index.isEmpty() ? null
                : new Located(collapse(index.getFirst().group("code")).replaceAll("\\s*/\\s*", "/"), index.getFirst().start());
    }

    private record AmnestyNumbers(Located own, List<Located> followed, Set<String> references) {
    }

    private static AmnestyNumbers amnestyNumbers(String text) {
        Located own = null;
        List<Located> followed = new ArrayList<>();
        Set<String> references = new LinkedHashSet<>();
        boolean previousWasReference = false;
        int previousEnd = -1;
        for (MatchResult number : Keywords.matches(AMNESTY_NUMBER, text, text, 9, 40, "UA", "EXTRA")) {
            String code = number.group("label") + " " + (number.group("country") == null ? "" : number.group("country") + " ")
                    + number.group("number") + number.group("sep") + number.group("year");
            String ordinal = number.group("ordinal");
            boolean listedWithPrevious = previousEnd >= 0
                    && LIST_JOINER.matcher(text.substring(previousEnd, number.start())).matches();
            boolean reference;
            if ((ordinal != null && !ordinal.equalsIgnoreCase("first")) || FOLLOW_UP_LEAD.matcher(before(text, number.start())).find()) {
                followed.add(new Located(code, number.start()));
                references.add(code);
                reference = true;
            } else if (isReference(text, number.start()) || (listedWithPrevious && previousWasReference)) {
                references.add(code);
                reference = true;
            } else {
                if (own == null) {
                    own = new Located(code, number.start());
                }
                reference = false;
            }
            previousWasReference = reference;
            previousEnd = number.end();
        }
        return new AmnestyNumbers(own, followed, references);
    }

    private static boolean isReference(String text, int start) {
        return REFERENCE_LEAD.matcher(before(text, start)).find();
    }

    private static String before(String text, int start) {
        return text.substring(Math.max(0, start - 40), start).replace('\n', ' ');
    }

    private static String collapse(String code) {
        return code.replaceAll("\\s+", " ").strip().toUpperCase(Locale.ROOT);
    }

    private static int lineOf(String text, int at) {
        int line = 0;
        for (int i = 0; i < at; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
