package org.tocsin.network.sections;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Country and language names in the reader's language, for templates: "Norway", "норвежский букмол". */
public record Names(Locale locale) {

    public String country(String alpha3) {
        return IsoCodes.countryName(alpha3, locale);
    }

    public String language(String code) {
        return IsoCodes.languageName(code, locale);
    }

    public String languages(List<String> codes) {
        return codes.stream().map(this::language).collect(Collectors.joining(", "));
    }
}
