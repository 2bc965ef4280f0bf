package org.tocsin.intake;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Country and language names in the five languages the extractor reads, folded for lookup.
 * Taken from the JDK's CLDR data rather than typed in, so every country and language has its
 * English, German, French, Italian and Spanish name.
 */
final class Vocabulary {

    static final Locale[] READ_LANGUAGES = {Locale.ENGLISH, Locale.GERMAN, Locale.FRENCH, Locale.ITALIAN, Locale.forLanguageTag("es")};

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /** Folded country name, or adjective, to the English short name. */
    private static final Map<String, String> COUNTRIES = new HashMap<>();

    /** Folded country adjective to the English short name. */
    private static final Map<String, String> ADJECTIVE_COUNTRIES = new HashMap<>();

    /** Folded language name to its English name. */
    private static final Map<String, String> LANGUAGES = new HashMap<>();

    /** The English names this format uses where CLDR's short names differ. */
    private static final Map<String, String> ENGLISH_NAMES = Map.of(
            "RU", "Russian Federation", "US", "United States", "GB", "United Kingdom", "CZ", "Czech Republic",
            "MM", "Myanmar", "CD", "Democratic Republic of the Congo", "CG", "Republic of the Congo");

    /** Adjectives that name a country's authorities ("Russian authorities"), for documents that never name the country. */
    private static final String[][] ADJECTIVES = {
            {"RU", "russian", "russischen", "russische", "russe", "russo", "russa", "ruso", "rusa"},
            {"CN", "chinese", "chinesischen", "chinois", "cinese", "chino"},
            {"TR", "turkish", "türkischen", "turc", "turco", "turca"},
            {"IR", "iranian", "iranischen", "iranien", "iraniano", "iraní"},
            {"EG", "egyptian", "ägyptischen", "égyptien", "egiziano", "egipcio"},
            {"SA", "saudi"}, {"AZ", "azerbaijani", "aserbaidschanischen"}, {"BY", "belarusian", "belarussischen"},
            {"UA", "ukrainian"}, {"MX", "mexican", "mexikanischen", "mexicano"}, {"CO", "colombian", "kolumbianischen", "colombiano"},
            {"HN", "honduran"}, {"GT", "guatemalan"}, {"BR", "brazilian", "brasilianischen", "brésilien", "brasileño"},
            {"IN", "indian"}, {"PK", "pakistani"}, {"BD", "bangladeshi"}, {"VN", "vietnamese"}, {"PH", "philippine", "filipino"},
            {"IL", "israeli"}, {"SY", "syrian"}, {"IQ", "iraqi"}, {"BH", "bahraini"}, {"AE", "emirati"}, {"KZ", "kazakh", "kazakhstani"},
            {"UZ", "uzbek"}, {"TJ", "tajik"}, {"TM", "turkmen"}, {"KG", "kyrgyz"}, {"CU", "cuban", "kubanischen", "cubain", "cubano"},
            {"VE", "venezuelan"}, {"NI", "nicaraguan"}, {"SD", "sudanese"}, {"ET", "ethiopian"}, {"ER", "eritrean"},
            {"ZW", "zimbabwean"}, {"NG", "nigerian"}, {"CM", "cameroonian"}, {"MA", "moroccan"}, {"DZ", "algerian"}, {"TN", "tunisian"},
    };

    static {
        for (String region : Locale.getISOCountries()) {
            Locale country = Locale.of("", region);
            String english = ENGLISH_NAMES.getOrDefault(region, country.getDisplayCountry(Locale.ENGLISH));
            for (Locale language : READ_LANGUAGES) {
                COUNTRIES.putIfAbsent(fold(country.getDisplayCountry(language)), english);
            }
            COUNTRIES.put(fold(english), english);
        }
        COUNTRIES.put("russia", "Russian Federation");
        COUNTRIES.put("russische foderation", "Russian Federation");
        COUNTRIES.put("federation de russie", "Russian Federation");
        COUNTRIES.put("federacion de rusia", "Russian Federation");
        COUNTRIES.put("federazione russa", "Russian Federation");
        COUNTRIES.put("usa", "United States");
        COUNTRIES.put("uk", "United Kingdom");
        COUNTRIES.put("burma", "Myanmar");
        COUNTRIES.put("turkey", COUNTRIES.getOrDefault("turkiye", "Turkey"));
        for (String[] adjectives : ADJECTIVES) {
            String english = COUNTRIES.get(fold(ENGLISH_NAMES.getOrDefault(adjectives[0], Locale.of("", adjectives[0]).getDisplayCountry(Locale.ENGLISH))));
            for (int i = 1; i < adjectives.length; i++) {
                ADJECTIVE_COUNTRIES.put(fold(adjectives[i]), english);
            }
        }
        for (String code : Locale.getISOLanguages()) {
            Locale language = Locale.of(code);
            String english = language.getDisplayLanguage(Locale.ENGLISH);
            for (Locale in : READ_LANGUAGES) {
                LANGUAGES.putIfAbsent(fold(language.getDisplayLanguage(in)), english);
            }
        }
    }

    private Vocabulary() {
    }

    /** The English short name of the country these one to four words name, or null. */
    static String country(String words) {
        return COUNTRIES.get(fold(words));
    }

    /** The country whose adjective this word is ("Russian" gives Russian Federation), or null. */
    static String countryOfAdjective(String word) {
        return ADJECTIVE_COUNTRIES.get(fold(word));
    }

    /** The English name of the language this word names, or null. */
    static String language(String word) {
        return LANGUAGES.get(fold(word));
    }

    static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT).strip();
    }
}
