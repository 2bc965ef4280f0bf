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

    static Result find(String text) {
        Set<String> followUps = new LinkedHashSet<>();
        String own = null;
        int at = -1;

        List<MatchResult> observatory = Keywords.matches(OBSERVATORY, text, text, 30, 30, "OBS");
        List<MatchResult> omct = Keywords.matches(OMCT_CASE, text, TextCleanup.lower(text), 0, 30, "case");
        if (!observatory.isEmpty()) {
            own = collapse(observatory.getFirst().group());
            at = observatory.getFirst().start();
        } else if (!omct.isEmpty()) {
            own = collapse(omct.getFirst().group("code"));
            at = omct.getFirst().start();
        }
        if (own != null && own.matches(".*\\.\\d{1,2}$")) {
            followUps.add(own.replaceAll("\\.\\d{1,2}$", ""));
        }
        for (MatchResult dashed : Keywords.matches(DASHED_NUMBER, text, text, 0, 20, "UA-")) {
            String base = "UA-" + dashed.group("number") + "/" + dashed.group("year");
            if (own == null && !isReference(text, dashed.start())) {
                own = dashed.group();
                at = dashed.start();
                if (dashed.group("update") != null) {
                    followUps.add(base);
                }
            } else if (!dashed.group().equals(own)) {
                followUps.add(base);
            }
        }
        AmnestyNumbers numbers = amnestyNumbers(text);
        followUps.addAll(numbers.references());
        if (own == null && numbers.own() != null) {
            // a first action is known by its UA number; its index only names the document
            own = numbers.own();
            at = numbers.ownAt();
        }
        List<MatchResult> aiIndex = Keywords.matches(AI_INDEX, text, TextCleanup.lower(text), 3, 50, "index");
        if (own == null && !aiIndex.isEmpty()) {
            own = collapse(aiIndex.getFirst().group("code")).replaceAll("\\s*/\\s*", "/");
            at = aiIndex.getFirst().start();
        }
        if (own == null && !numbers.followed().isEmpty()) {
            // a further-information page printed only with its original's number: that number is its code
            own = numbers.followed().getFirst();
            at = numbers.followedAt();
        }
        if (own != null && !numbers.followed().contains(own)) {
            followUps.remove(own);
        }
        return new Result(own, new ArrayList<>(followUps), at < 0 ? -1 : lineOf(text, at));
    }

    private record AmnestyNumbers(String own, int ownAt, List<String> followed, int followedAt, Set<String> references) {
    }

    private static AmnestyNumbers amnestyNumbers(String text) {
        String own = null;
        int ownAt = -1;
        int followedAt = -1;
        List<String> followed = new ArrayList<>();
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
                followed.add(code);
                followedAt = followedAt < 0 ? number.start() : followedAt;
                references.add(code);
                reference = true;
            } else if (isReference(text, number.start()) || (listedWithPrevious && previousWasReference)) {
                references.add(code);
                reference = true;
            } else {
                if (own == null) {
                    own = code;
                    ownAt = number.start();
                }
                reference = false;
            }
            previousWasReference = reference;
            previousEnd = number.end();
        }
        return new AmnestyNumbers(own, ownAt, followed, followedAt, references);
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
