package org.tocsin.cases.people;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * Decides whether two spellings may name the same person, and says why: "Каляпин" and
 * "Kalyapin" (another script), "Yegor" and "Egor" (another transliteration), "Oistan Vindstad"
 * and "Oeystein Windstad" (similar spelling), or only a similar sound. Word order is free; a
 * pair matches when every word of the shorter name matches a different word of the longer, so
 * a shared first name alone is not enough. Keys are pure functions of the name text; nothing
 * here rewrites a stored name.
 */
public final class PersonNameMatcher {

    /** How strongly two names match, strongest first. */
    public enum Strength {
        SAME, OTHER_SCRIPT, TRANSLITERATION, SIMILAR, SOUNDS_ALIKE;

        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** Why {@code name} (the one asked about) may be the same as {@code matchedName} (a stored one). */
    public record Reason(Strength strength, String name, String matchedName) {
    }

    /** What the database keeps per name text, so candidates can be found without reading every name. */
    public record Keys(String folded, String latin, List<String> tokens, List<String> sounds, List<String> prefixes) {
    }

    private static final double SIMILAR_SPELLING = 0.88;
    private static final int PREFIX_LENGTH = 3;

    // Same script, accents and case removed: for searching as typed.
    private static final Transliterator FOLD =
            Transliterator.getInstance("NFD; [:Nonspacing Mark:] Remove; NFC; Latin-ASCII; Lower");
    // BGN first so Russian gets the usual English spelling; Any-Latin covers the other scripts.
    private static final Transliterator TO_LATIN =
            Transliterator.getInstance("Russian-Latin/BGN; Any-Latin; Latin-ASCII; Lower");

    private static final DoubleMetaphone METAPHONE = new DoubleMetaphone();

    static {
        METAPHONE.setMaxCodeLen(8);
    }

    private PersonNameMatcher() {
    }

    /** The writing system of a name, e.g. "latin", "cyrillic", "arabic", "georgian"; "unknown" without letters. */
    public static String script(String name) {
        Map<Integer, Integer> counts = new HashMap<>();
        name.codePoints().filter(Character::isLetter).forEach(cp -> {
            int script = UScript.getScript(cp);
            if (script != UScript.COMMON && script != UScript.INHERITED && script != UScript.UNKNOWN) {
                counts.merge(script, 1, Integer::sum);
            }
        });
        return counts.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(e -> UScript.getName(e.getKey()).toLowerCase(Locale.ROOT))
                .orElse("unknown");
    }

    /** Lower case, without accents, punctuation as single spaces, in the name's own script. */
    public static String fold(String name) {
        return words(FOLD.transliterate(name.replace('ø', 'o').replace('Ø', 'O')));
    }

    /** The name's words in Latin letters with common transliteration variants made equal. */
    public static List<String> tokens(String name) {
        String latin = words(TO_LATIN.transliterate(name.replace('ø', 'o').replace('Ø', 'O'))
                .replaceAll("['’ʹʺ`´·ʼ]", ""));
        return latin.isEmpty() ? List.of() : Arrays.stream(latin.split(" ")).map(PersonNameMatcher::canonical).toList();
    }

    public static Keys keys(String name) {
        List<String> tokens = tokens(name);
        Set<String> sounds = new LinkedHashSet<>();
        Set<String> prefixes = new LinkedHashSet<>();
        for (String token : tokens) {
            sounds.addAll(sounds(token));
            if (token.length() >= PREFIX_LENGTH) {
                prefixes.add(token.substring(0, PREFIX_LENGTH));
            }
        }
        return new Keys(fold(name), String.join(" ", tokens), tokens, List.copyOf(sounds), List.copyOf(prefixes));
    }

    /** Why {@code name} may name the same person as {@code other}, or empty if it does not seem to. */
    public static Optional<Reason> compare(String name, String other) {
        if (fold(name).isEmpty() || fold(other).isEmpty()) {
            return Optional.empty();
        }
        List<String> a = tokens(name);
        List<String> b = tokens(other);
        Optional<Strength> tokenMatch = a.size() <= b.size() ? matchTokens(a, b) : matchTokens(b, a);
        return tokenMatch.map(strength -> new Reason(refine(strength, name, other), name, other));
    }

    /** An exact token match is "the same name" when the texts agree, or differ only in script. */
    private static Strength refine(Strength strength, String name, String other) {
        if (strength != Strength.TRANSLITERATION) {
            return strength;
        }
        if (sortedWords(fold(name)).equals(sortedWords(fold(other)))) {
            return Strength.SAME;
        }
        return script(name).equals(script(other)) ? Strength.TRANSLITERATION : Strength.OTHER_SCRIPT;
    }

    /**
     * Every token of {@code shorter} must match a different token of {@code longer}; the result is
     * the weakest of those matches. Initials ("I.") match a word they begin, but never alone.
     */
    private static Optional<Strength> matchTokens(List<String> shorter, List<String> longer) {
        if (shorter.isEmpty()) {
            return Optional.empty();
        }
        boolean[] used = new boolean[longer.size()];
        Strength weakest = Strength.TRANSLITERATION;
        boolean anyWord = false;
        for (String token : shorter) {
            int best = -1;
            Strength bestStrength = null;
            for (int i = 0; i < longer.size(); i++) {
                if (used[i]) {
                    continue;
                }
                Strength s = tokenStrength(token, longer.get(i));
                if (s != null && (bestStrength == null || s.compareTo(bestStrength) < 0)) {
                    best = i;
                    bestStrength = s;
                }
            }
            if (best < 0) {
                return Optional.empty();
            }
            used[best] = true;
            anyWord |= !isInitial(token) && !isInitial(longer.get(best));
            if (bestStrength.compareTo(weakest) > 0) {
                weakest = bestStrength;
            }
        }
        return anyWord ? Optional.of(weakest) : Optional.empty();
    }

    private static Strength tokenStrength(String a, String b) {
        if (a.equals(b)) {
            return Strength.TRANSLITERATION;
        }
        if (isInitial(a) || isInitial(b)) {
            return a.charAt(0) == b.charAt(0) ? Strength.SIMILAR : null;
        }
        if (Math.min(a.length(), b.length()) >= 4 && jaroWinkler(a, b) >= SIMILAR_SPELLING) {
            return Strength.SIMILAR;
        }
        if (Math.min(a.length(), b.length()) >= 3 && !java.util.Collections.disjoint(sounds(a), sounds(b))) {
            return Strength.SOUNDS_ALIKE;
        }
        return null;
    }

    private static boolean isInitial(String token) {
        return token.length() == 1;
    }

    private static List<String> sounds(String token) {
        if (token.length() < 3) {
            return List.of();
        }
        String primary = METAPHONE.doubleMetaphone(token);
        String alternate = METAPHONE.doubleMetaphone(token, true);
        return primary.equals(alternate) ? List.of(primary) : List.of(primary, alternate);
    }

    /**
     * One spelling per sound for the usual ways of writing Russian, German and Scandinavian
     * names in Latin letters: Dmitriy/Dmitrij/Dmitry, Kalyapin/Kaljapin, Yegor/Egor, Windstad/Vindstad.
     */
    static String canonical(String token) {
        String t = token.replace('j', 'y')
                .replace("shch", "sh").replace("sch", "sh").replace("tch", "ch")
                .replace("dzh", "j").replace("zh", "j")
                .replace("kh", "h").replace("ph", "f").replace("th", "t").replace("ck", "k")
                .replace('q', 'k').replace("x", "ks").replace('w', 'v')
                .replace("ts", "c").replace("tz", "c")
                .replace("oe", "o").replace("ae", "a").replace("ue", "u").replace("ou", "u")
                .replace("ye", "e")
                .replaceAll("(?<=[^aeiouy])yo", "e")
                .replace('y', 'i')
                .replaceAll("(.)\\1+", "$1")
                .replaceAll("of$", "ov");
        return t.isEmpty() ? token : t;
    }

    private static String words(String text) {
        return text.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static List<String> sortedWords(String folded) {
        List<String> words = new ArrayList<>(Arrays.asList(folded.split(" ")));
        words.sort(null);
        return words;
    }

    static double jaroWinkler(String a, String b) {
        int window = Math.max(0, Math.max(a.length(), b.length()) / 2 - 1);
        boolean[] matchedA = new boolean[a.length()];
        boolean[] matchedB = new boolean[b.length()];
        int matches = 0;
        for (int i = 0; i < a.length(); i++) {
            for (int j = Math.max(0, i - window); j < Math.min(b.length(), i + window + 1); j++) {
                if (!matchedB[j] && a.charAt(i) == b.charAt(j)) {
                    matchedA[i] = true;
                    matchedB[j] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0;
        }
        int transpositions = 0;
        for (int i = 0, j = 0; i < a.length(); i++) {
            if (matchedA[i]) {
                while (!matchedB[j]) {
                    j++;
                }
                if (a.charAt(i) != b.charAt(j)) {
                    transpositions++;
                }
                j++;
            }
        }
        double m = matches;
        double jaro = (m / a.length() + m / b.length() + (m - transpositions / 2.0) / m) / 3;
        int prefix = 0;
        while (prefix < Math.min(4, Math.min(a.length(), b.length())) && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        return jaro + prefix * 0.1 * (1 - jaro);
    }
}
