package org.tocsin.network.sections;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Country (ISO 3166-1 alpha-3) and language (ISO 639-1) codes as the JDK knows them, with their names. */
final class IsoCodes {

    private static final Map<String, String> ALPHA2_BY_ALPHA3 = java.util.Arrays.stream(Locale.getISOCountries())
            .collect(Collectors.toMap(a2 -> Locale.of("", a2).getISO3Country(), a2 -> a2, (a, b) -> a));
    // The JDK's list has nb, nn and no for Norwegian, ru, lv, et, de, fr, es ...
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

    private IsoCodes() {
    }

    static boolean isCountry(String alpha3) {
        return alpha3 != null && ALPHA2_BY_ALPHA3.containsKey(alpha3);
    }

    static boolean isLanguage(String code) {
        return code != null && LANGUAGES.contains(code);
    }

    /** "Norway", "Норвегия"; the code itself when it is not one the JDK knows. */
    static String countryName(String alpha3, Locale in) {
        String alpha2 = alpha3 == null ? null : ALPHA2_BY_ALPHA3.get(alpha3);
        return alpha2 == null ? alpha3 : Locale.of("", alpha2).getDisplayCountry(in);
    }

    /** "Norwegian Bokmål", "русский"; the code itself when unknown. */
    static String languageName(String code, Locale in) {
        if (!isLanguage(code)) {
            return code;
        }
        String name = Locale.forLanguageTag(code).getDisplayLanguage(in);
        return name.isEmpty() ? code : name;
    }
}
