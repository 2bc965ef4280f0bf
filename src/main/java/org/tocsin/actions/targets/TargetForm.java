package org.tocsin.actions.targets;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The target form as the page sends it: multi-value fields are textareas with one value a
 * line; salutations one a line as "language: salutation" ("ru: Уважаемый Генеральный прокурор").
 */
public record TargetForm(String name, String title, String organisation, String addressLines, String country,
                         String fax, String email, String phone, String webForm, String social, String salutations,
                         String termStart, String termEnd, String notes, Integer version) {

    public static TargetForm empty() {
        return new TargetForm("", "", "", "", "", "", "", "", "", "", "", "", "", "", null);
    }

    public static TargetForm of(Target t) {
        return new TargetForm(t.name(), orEmpty(t.title()), orEmpty(t.organisation()), String.join("\n", t.addressLines()),
                orEmpty(t.country()), String.join("\n", t.fax()), String.join("\n", t.email()), orEmpty(t.phone()),
                orEmpty(t.webForm()), String.join("\n", t.social()),
                t.salutations().entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("\n")),
                t.termStart() == null ? "" : t.termStart().toString(), t.termEnd() == null ? "" : t.termEnd().toString(),
                orEmpty(t.notes()), t.version());
    }

    public TargetInput toInput() {
        return new TargetInput(name, title, organisation, lines(addressLines), country, lines(fax), lines(email), phone,
                webForm, lines(social), salutationMap(), termStart, termEnd, notes, version);
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /**
     * "en: Dear Chairman" lines as a map. A line without a colon becomes a language without a
     * salutation, and a language given twice is kept twice (padded with spaces), so that the
     * checks report both instead of one line silently winning.
     */
    private Map<String, String> salutationMap() {
        Map<String, String> map = new LinkedHashMap<>();
        for (String line : lines(salutations)) {
            int colon = line.indexOf(':');
            String language = colon < 0 ? line : line.substring(0, colon).strip();
            String text = colon < 0 ? "" : line.substring(colon + 1).strip();
            while (map.containsKey(language)) {
                language = language + " ";
            }
            map.put(language, text);
        }
        return map;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
