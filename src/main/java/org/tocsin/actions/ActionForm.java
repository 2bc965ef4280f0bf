package org.tocsin.actions;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An urgent action as a researcher enters it, on the form or through the API. Dates are
 * YYYY-MM-DD or blank. Lists keep their order; blank entries (the form's spare rows) are
 * dropped. {@code code} is read only for the external scheme: Tocsin gives the codes of its
 * own schemes when the UA is issued. {@code caseId} is read on creation only.
 */
public record ActionForm(
        Long caseId,
        @NotBlank(message = "{validation.required}") @Size(max = 500, message = "{validation.tooLong}") String title,
        @NotBlank(message = "{validation.required}") @Pattern(regexp = "amnesty|observatory|external|none",
                message = "{validation.unknownValue}") String codeScheme,
        @Size(max = 100, message = "{validation.tooLong}") String code,
        @Size(max = 1000, message = "{validation.tooLong}") String codeNote,
        @Pattern(regexp = "|[A-Za-z]{3}", message = "{actions.validation.countryCode}") String countryCode,
        @Size(max = 300, message = "{validation.tooLong}") String issuer,
        String issuedOn,
        @Pattern(regexp = "|day|month", message = "{validation.unknownValue}") String issuedPrecision,
        String deadline,
        @Size(max = 100, message = "{validation.tooLong}") String country,
        @Size(max = 20000, message = "{validation.tooLong}") String summary,
        @Size(max = 40000, message = "{validation.tooLong}") String background,
        List<@Size(max = 3000, message = "{validation.tooLong}") String> recommendedActions,
        List<String> languages,
        @Valid List<PersonEntry> persons,
        List<Long> targetIds,
        Boolean copiesToDiplomats,
        @Size(max = 20000, message = "{validation.tooLong}") String internalNote,
        Integer version,
        List<String> themes) {

    /** Without themes: callers written before UAs had themes. */
    public ActionForm(Long caseId, String title, String codeScheme, String code, String codeNote, String countryCode,
                      String issuer, String issuedOn, String issuedPrecision, String deadline, String country,
                      String summary, String background, List<String> recommendedActions, List<String> languages,
                      List<PersonEntry> persons, List<Long> targetIds, Boolean copiesToDiplomats, String internalNote,
                      Integer version) {
        this(caseId, title, codeScheme, code, codeNote, countryCode, issuer, issuedOn, issuedPrecision, deadline, country,
                summary, background, recommendedActions, languages, persons, targetIds, copiesToDiplomats, internalNote,
                version, List.of());
    }

    /** A person at risk: a person of the case and the gender this UA states (m, f, x or blank). */
    public record PersonEntry(Long personId,
                              @Pattern(regexp = "|m|f|x", message = "{validation.unknownValue}") String gender) {
    }

    public static ActionForm empty(long caseId, String codeScheme, String country) {
        return new ActionForm(caseId, "", codeScheme, "", "", "", "", "", "day", "", country, "", "",
                List.of(), List.of("ru", "own"), List.of(), List.of(), true, "", null, List.of());
    }

    public static ActionForm of(UrgentAction a, List<PersonEntry> persons, List<Long> targetIds) {
        return new ActionForm(a.caseId(), a.title(), a.codeScheme(), a.codeBase(), a.codeNote(), a.countryCode(),
                a.issuer(), a.issuedOn() == null ? "" : a.issuedOn().toString(), a.issuedPrecision(),
                a.deadline() == null ? "" : a.deadline().toString(), a.country(), a.summary(), a.background(),
                a.recommendedActions(), a.languages(), persons, targetIds, a.copiesToDiplomats(), a.internalNote(),
                a.version(), a.themes());
    }

    /** The recommended actions without the blank rows. */
    public List<String> actions() {
        return recommendedActions == null ? List.of()
                : recommendedActions.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).toList();
    }

    /** The languages without blanks and repeats, in order. */
    public List<String> languageCodes() {
        return languages == null ? List.of()
                : languages.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).distinct().toList();
    }

    /** The themes without blanks and repeats, in the vocabulary's order. */
    public List<String> themeCodes() {
        if (themes == null) {
            return List.of();
        }
        List<String> chosen = themes.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).distinct().toList();
        List<String> known = UrgentAction.THEMES.stream().filter(chosen::contains).toList();
        List<String> unknown = chosen.stream().filter(t -> !UrgentAction.THEMES.contains(t)).toList();
        List<String> all = new ArrayList<>(known);
        all.addAll(unknown);
        return all;
    }

    public boolean hasTheme(String code) {
        return themes != null && themes.contains(code);
    }

    /** The chosen persons (rows with a person), first choice of each person kept. */
    public List<PersonEntry> chosenPersons() {
        List<PersonEntry> chosen = new ArrayList<>();
        if (persons != null) {
            for (PersonEntry p : persons) {
                if (p != null && p.personId() != null && chosen.stream().noneMatch(c -> c.personId().equals(p.personId()))) {
                    chosen.add(p);
                }
            }
        }
        return chosen;
    }

    /** The chosen targets without blanks and repeats, in order. */
    public List<Long> targets() {
        return targetIds == null ? List.of() : targetIds.stream().filter(Objects::nonNull).distinct().toList();
    }

    public boolean copies() {
        return Boolean.TRUE.equals(copiesToDiplomats);
    }

    /** Whether person {@code id} is chosen, and the gender stated for them; for the form. */
    public boolean hasPerson(long id) {
        return chosenPersons().stream().anyMatch(p -> p.personId() == id);
    }

    public String genderOf(long id) {
        return chosenPersons().stream().filter(p -> p.personId() == id).map(PersonEntry::gender)
                .filter(Objects::nonNull).findFirst().orElse("");
    }
}
