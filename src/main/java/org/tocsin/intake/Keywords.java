package org.tocsin.intake;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a whole-text pattern only near the words it starts with. Java's regex engine tries
 * every alternative at every position of the text; {@link String#indexOf} finds the few
 * places worth trying many times faster, which is what keeps bulk extraction fast.
 */
final class Keywords {

    private Keywords() {
    }

    /**
     * Every match of {@code pattern} in {@code text} that starts near one of the keywords (found
     * in {@code lower}, the text lower-cased with the same positions). Positions in the results
     * are positions in the whole text; look-behinds see outside the searched regions.
     */
    static List<MatchResult> matches(Pattern pattern, String text, String lower, int reach, String... keywords) {
        return matches(pattern, text, lower, 0, reach, keywords);
    }

    /** As above, for patterns whose match may start up to {@code before} characters ahead of the keyword ("THIRD UA 60/16"). */
    static List<MatchResult> matches(Pattern pattern, String text, String lower, int before, int reach, String... keywords) {
        List<int[]> regions = regions(lower, before, reach, keywords);
        List<MatchResult> results = new ArrayList<>();
        Matcher matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int lastEnd = -1;
        for (int[] region : regions) {
            matcher.region(Math.max(region[0], lastEnd < 0 ? 0 : lastEnd), region[1]);
            while (matcher.find()) {
                results.add(matcher.toMatchResult());
                lastEnd = matcher.end() == matcher.start() ? matcher.end() + 1 : matcher.end();
                if (lastEnd >= region[1]) {
                    break;
                }
                matcher.region(lastEnd, region[1]);
            }
        }
        return results;
    }

    static boolean found(Pattern pattern, String text, String lower, int reach, String... keywords) {
        List<int[]> regions = regions(lower, 0, reach, keywords);
        Matcher matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (int[] region : regions) {
            if (matcher.region(region[0], region[1]).find()) {
                return true;
            }
        }
        return false;
    }

    static boolean containsAny(String lower, String... keywords) {
        for (String keyword : keywords) {
            if (lower.contains(keyword)) {
                return true;
            }
        }
        return false;
    }

    /** Merged [start, end) regions from {@code before} characters ahead of each keyword occurrence to {@code reach} after it, in text order. */
    private static List<int[]> regions(String lower, int before, int reach, String... keywords) {
        int[] hits = new int[16];
        int count = 0;
        for (String keyword : keywords) {
            for (int at = lower.indexOf(keyword); at >= 0; at = lower.indexOf(keyword, at + 1)) {
                if (count == hits.length) {
                    hits = Arrays.copyOf(hits, count * 2);
                }
                hits[count++] = at;
            }
        }
        Arrays.sort(hits, 0, count);
        List<int[]> regions = new ArrayList<>();
        int[] current = null;
        for (int k = 0; k < count; k++) {
            int start = Math.max(0, hits[k] - before);
            int end = Math.min(lower.length(), hits[k] + reach);
            if (current != null && start <= current[1]) {
                current[1] = Math.max(current[1], end);
            } else {
                current = new int[]{start, end};
                regions.add(current);
            }
        }
        return regions;
    }
}
