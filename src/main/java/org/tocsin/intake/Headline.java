package org.tocsin.intake;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tocsin.intake.ExtractedUrgentAction.Kind;
import org.tocsin.intake.ExtractedUrgentAction.Target;

/**
 * What kind of document this is, who issued it, its headline and the country whose
 * authorities it addresses.
 */
final class Headline {

    private static final String[] URGENT_ACTION_WORDS = {"urgent action", "eilaktion", "eil-aktion", "action urgente", "azione urgente",
            "acción urgente", "accion urgente"};

    private static final Pattern AMNESTY_CODE = Pattern.compile("\\b(?:UA|EXTRA)\\s*:?\\s*\\d{1,4}\\s*[/.]\\s*\\d{2,4}\\b");

    /** Searched in the lower-cased text. */
    private static final Pattern URGENT_APPEAL = Pattern.compile(
            "urgent (?:appeal|intervention)|appel urgent|intervention urgente|llamamiento urgente|appello urgente|eilappell|"
                    + "actions? requested|front ?line defenders|acciones solicitadas|action requise|\\bobs\\s*\\d{2,3}\\b|\\bcase\\s+[a-z]{3}\\s?\\d{6}\\b|\\bua-\\d+");

    /** Searched in the lower-cased text. */
    private static final Pattern STATEMENT = Pattern.compile(
            "(?U)\\bpress release\\b|\\bsaid today\\b|\\bstatement\\b|\\bcommuniqué\\b|\\bpressemitteilung\\b|\\bcomunicado\\b|\\bcomunicato\\b|\\beditorial\\b|\\bsaid\\b|\\berklärte\\b|\\ba déclaré\\b|\\bdijo\\b|\\bha dichiarato\\b");

    /** Amnesty's layout, which often omits its own name: the section-office and diplomatic-copies boilerplate. */
    private static final Pattern AMNESTY_LAYOUT = Pattern.compile(
            "(?U)check with (?:your|the) section office|amnesty office|ai index|\\bindex:? (?:afr|amr|asa|eur|mde|ior) \\d\\d/|\\bsektion\\b|diplomatic representatives accredited to your country");

    private static final Pattern OBSERVATORY_CODE = Pattern.compile("\\bOBS\\s*\\d{2,3}\\b");

    /** Issuers by the names they print (lower case), each with the name this format records; the Observatory first, as it names its parents. */
    private static final String[][] ISSUERS = {
            {"Observatory for the Protection of Human Rights Defenders (FIDH-OMCT)", "observatory for the protection of human rights defenders",
                    "l'observatoire pour la protection des défenseurs", "observatorio para la protección de los defensores"},
            {"Amnesty International", "amnesty international", "amnistía internacional", "amnistia internazionale"},
            {"Front Line Defenders", "front line defenders", "frontline defenders"},
            {"World Organisation Against Torture (OMCT)", "world organisation against torture", "organisation mondiale contre la torture", "omct"},
            {"International Federation for Human Rights (FIDH)", "international federation for human rights",
                    "fédération internationale pour les droits humains", "fédération internationale des ligues des droits de l'homme", "fidh"},
            {"Human Rights Watch", "human rights watch"},
            {"Peace Brigades International", "peace brigades international"},
            {"Reporters Without Borders", "reporters without borders", "reporters sans frontières"},
            {"Committee to Protect Journalists", "committee to protect journalists"},
            {"PEN International", "pen international"},
            {"Society for Threatened Peoples", "gesellschaft für bedrohte völker", "society for threatened peoples"},
            {"Human Rights House Foundation", "human rights house foundation"},
            {"Protection International", "protection international"},
            {"International Service for Human Rights", "international service for human rights"},
    };

    /** Lines a web page or PDF puts before the headline: navigation, labels, codes, dates. */
    private static final Pattern NOT_A_HEADLINE = Pattern.compile(
            "(?iuU)^(?:skip to (?:main )?content|accessibility links|breaking news|menu|home|search|share|print|press release|news|new information|"
                    + "urgent (?:action|appeal)|eilaktion|action urgente|azione urgente|acci[oó]n urgente|further information|additional information|"
                    + "weitere informationen|informations complémentaires|información adicional|ulteriori informazioni|statement|communiqué|"
                    + "(?:first|second|third|fourth|fifth)? ?ua\\b.*|.*\\bindex\\s*:.*|date\\s*:.*|\\d+|.{0,12})$");

    private static final Pattern COUNTRY_PHRASE = Pattern.compile(
            "(?iuU)\\b(?:authorities of|authorities in|government of|situation in|behörden (?:von|in)|regierung von|autorités (?:de|du|des)|gouvernement (?:de|du)|autoridades de|gobierno de|autorità (?:di|del|della))\\s+(?:the\\s+|la\\s+|le\\s+|l'|el\\s+)?"
                    + "(?<country>\\p{Lu}[\\p{L}'-]+(?:\\s+(?:of\\s+|de\\s+)?\\p{Lu}[\\p{L}'-]+){0,3})");

    /** Amnesty's old follow-up heading: "Further information on EXTRA 91/96 (MDE 11/09/96, 2 March 1996) - Fear of torture". */
    private static final Pattern FURTHER_INFORMATION_TITLE = Pattern.compile("(?i)^further information on .{3,80}?\\s[-–]\\s+(?<title>.+)$");

    /** "Country: Bahrain" on Amnesty USA's header line. */
    private static final Pattern COUNTRY_LABEL = Pattern.compile("(?iuU)\\b(?:country|land|pays|país|paese)\\s*:\\s*(?<country>\\p{Lu}[\\p{L} '-]{2,40})");

    private static final Pattern WORDS = Pattern.compile("\\p{Lu}[\\p{L}'-]+(?:\\s+(?:of\\s+the\\s+|of\\s+)?\\p{Lu}[\\p{L}'-]+){0,3}");

    private Headline() {
    }

    static Kind kind(String text, boolean hasDeadline, List<Target> targets, List<String> actions) {
        boolean asks = hasDeadline || !targets.isEmpty() || !actions.isEmpty();
        String lower = TextCleanup.lower(text);
        boolean observatory = Keywords.found(OBSERVATORY_CODE, text, text, 10, "OBS");
        boolean actionHeading = Keywords.containsAny(lower.substring(0, Math.min(lower.length(), 300)), URGENT_ACTION_WORDS);
        if (actionHeading && !observatory) {
            return Kind.URGENT_ACTION; // even a closing update that asks nothing more is an urgent action
        }
        if ((Keywords.containsAny(lower, URGENT_ACTION_WORDS) || Keywords.found(AMNESTY_CODE, text, text, 30, "UA", "EXTRA")) && asks && !observatory) {
            return Kind.URGENT_ACTION;
        }
        if (asks && Keywords.found(URGENT_APPEAL, lower, lower, 40, "urgent", "appel", "llamamiento", "eilappell", "action",
                "front", "acciones", "obs", "case", "ua-")) {
            return Kind.URGENT_APPEAL;
        }
        if (asks && !targets.isEmpty()) {
            return Kind.URGENT_APPEAL;
        }
        return Keywords.found(STATEMENT, lower, lower, 30, "press release", "said", "statement", "communiqué", "pressemitteilung",
                "comunicado", "comunicato", "editorial", "erklärte", "a déclaré", "dijo", "ha dichiarato") ? Kind.STATEMENT : Kind.OTHER;
    }

    static String organisation(String text, Kind kind) {
        String lower = TextCleanup.lower(text);
        int best = Integer.MAX_VALUE;
        String issuer = null;
        for (String[] candidate : ISSUERS) {
            for (int i = 1; i < candidate.length; i++) {
                int at = lower.indexOf(candidate[i]);
                if (at >= 0 && candidate == ISSUERS[0]) {
                    return candidate[0];
                }
                if (at >= 0 && at < best) {
                    best = at;
                    issuer = candidate[0];
                }
            }
        }
        if (kind == Kind.URGENT_ACTION && (issuer == null || !issuer.equals("Amnesty International")) && AMNESTY_LAYOUT.matcher(lower).find()) {
            return "Amnesty International";
        }
        return issuer;
    }

    static String title(List<String> lines) {
        int start = 0;
        for (int i = 0; i < Math.min(lines.size(), 15); i++) {
            if (lines.get(i).length() < 60 && Keywords.containsAny(TextCleanup.lower(lines.get(i)), URGENT_ACTION_WORDS)) {
                start = i + 1;
                break;
            }
        }
        for (int i = start; i < Math.min(lines.size(), start + 25); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || NOT_A_HEADLINE.matcher(line).matches() || DateParser.at(line, 0) != null && line.length() < 30) {
                continue;
            }
            boolean capitals = line.equals(line.toUpperCase(Locale.ROOT));
            if (Text.words(line).length < (capitals ? 2 : 3) || line.length() > 250 || Vocabulary.country(line) != null) {
                continue;
            }
            Matcher further = FURTHER_INFORMATION_TITLE.matcher(line);
            return sentenceCase((further.matches() ? further.group("title") : line).replaceAll("[.:]$", ""));
        }
        return null;
    }

    /** "RIGHTS DEFENDERS AT RISK OF FURTHER ATTACKS" gives "Rights defenders at risk of further attacks"; mixed case stays. */
    static String sentenceCase(String line) {
        long upper = line.chars().filter(Character::isUpperCase).count();
        long letters = line.chars().filter(Character::isLetter).count();
        if (letters == 0 || upper < letters * 0.8) {
            return line;
        }
        String lower = line.toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    static String country(String text, List<Target> targets) {
        for (MatchResult label : Keywords.matches(COUNTRY_LABEL, text, TextCleanup.lower(text), 60, "country", "land", "pays", "país", "paese")) {
            if (longestCountry(label.group("country").strip()) != null) {
                return longestCountry(label.group("country").strip());
            }
        }
        for (MatchResult phrase : Keywords.matches(COUNTRY_PHRASE, text, TextCleanup.lower(text), 90, "authorit", "government",
                "situation", "behörden", "regierung", "autorit", "gouvernement", "gobierno")) {
            String country = longestCountry(phrase.group("country"));
            if (country != null) {
                return country;
            }
        }
        Map<String, Integer> counts = new HashMap<>();
        for (Target target : targets) {
            for (String part : new String[]{target.address(), target.organisation(), target.title()}) {
                if (part != null) {
                    count(part, counts, 3, false);
                }
            }
        }
        if (counts.isEmpty()) {
            count(text, counts, 1, true);
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    private static void count(String text, Map<String, Integer> counts, int weight, boolean adjectives) {
        Matcher words = WORDS.matcher(text);
        while (words.find()) {
            String country = longestCountry(words.group());
            if (country == null && adjectives) {
                country = Vocabulary.countryOfAdjective(Text.words(words.group())[0]);
            }
            if (country != null) {
                counts.merge(country, weight, Integer::sum);
            }
        }
    }

    /** The country named by the longest leading run of these words ("Russian Federation Date" gives Russian Federation). */
    private static String longestCountry(String words) {
        String[] parts = Text.words(words);
        List<String> run = new ArrayList<>(List.of(parts));
        while (!run.isEmpty()) {
            String country = Vocabulary.country(String.join(" ", run));
            if (country != null) {
                return country;
            }
            run.removeLast();
        }
        for (int i = 1; i < parts.length; i++) {
            String country = Vocabulary.country(parts[i]);
            if (country != null) {
                return country;
            }
        }
        return null;
    }
}
