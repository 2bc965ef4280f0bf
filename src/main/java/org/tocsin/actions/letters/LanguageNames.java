package org.tocsin.actions.letters;

import java.util.Locale;

/** Language codes by name in the page's language: "ru" is "Russian" or "Русский". */
public record LanguageNames(Locale locale) {

    public String of(String code) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(locale);
        if (name.isEmpty() || name.equals(code)) {
            return code;
        }
        return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }
}
