package org.tocsin.actions.targets;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An authority to write to, e.g. the Prosecutor General. {@code salutations} maps an ISO 639
 * language code ("en", "ru") to how a letter in that language opens. The term is the period
 * the named person holds the office; either end may be unknown (null).
 */
public record Target(long id, String name, String title, String organisation, List<String> addressLines,
                     String country, List<String> fax, List<String> email, String phone, String webForm,
                     List<String> social, LocalDate termStart, LocalDate termEnd, String notes,
                     Map<String, String> salutations, int version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    public static final String FALLBACK_LANGUAGE = "en";

    /** The salutation in {@code language}, else the English one, else any; empty when there is none. */
    public Optional<String> salutationFor(String language) {
        String wanted = language == null ? "" : language.strip().toLowerCase();
        if (salutations.containsKey(wanted)) {
            return Optional.of(salutations.get(wanted));
        }
        if (salutations.containsKey(FALLBACK_LANGUAGE)) {
            return Optional.of(salutations.get(FALLBACK_LANGUAGE));
        }
        return salutations.values().stream().findFirst();
    }

    /** True when the term ended before {@code date}: a letter would reach someone no longer in office. */
    public boolean termEndedBefore(LocalDate date) {
        return termEnd != null && termEnd.isBefore(date);
    }

    /** "Yuriy Chaika, Prosecutor General": how pickers and lists name the target. */
    public String label() {
        return title == null ? name : name + ", " + title;
    }
}
