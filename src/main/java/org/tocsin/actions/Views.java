package org.tocsin.actions;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** The read models of urgent actions: list rows, chain links, and what a UA page shows. */
public final class Views {

    private Views() {
    }

    /** A row of the UA list, of a case's UAs, or of a chain. */
    public record ActionRow(long id, long caseId, Long rootId, int sequence, String kind, String codeScheme,
                            String codeBase, String title, String status, LocalDate issuedOn, String issuedPrecision,
                            LocalDate deadline, String country, int persons) {

        @JsonProperty("code")
        public String code() {
            return CodeScheme.of(codeScheme).display(codeBase, sequence);
        }
    }

    /** A person at risk as this UA names them, with the gender it states (null: not stated). */
    public record ActionPerson(long personId, String name, String gender) {
    }

    /** An authority to write to, with what a member needs to write. */
    public record ActionTarget(long id, String name, String title, String organisation, List<String> addressLines,
                               String country, List<String> fax, List<String> email, String phone, String webForm,
                               LocalDate termEnd, Map<String, String> salutations) {

        /** Whether the person's term in this office has ended by {@code today}: a UA should not pick them. */
        public boolean termEnded(LocalDate today) {
            return termEnd != null && termEnd.isBefore(today);
        }

        /** The salutation in {@code language}, else in English, else any; null if none is known. */
        public String salutationFor(String language) {
            if (salutations.containsKey(language)) {
                return salutations.get(language);
            }
            if (salutations.containsKey("en")) {
                return salutations.get("en");
            }
            return salutations.values().stream().findFirst().orElse(null);
        }
    }

    public record DeadlineChange(LocalDate previous, LocalDate deadline, String reason, String changedBy,
                                 OffsetDateTime changedAt) {
    }

    public record Correction(long id, String note, Long followUpId, String recordedBy, OffsetDateTime recordedAt) {
    }

    /** Everything the staff page of one UA shows. */
    public record Details(UrgentAction action, String caseTitle, List<ActionPerson> persons,
                          List<ActionTarget> targets, List<ActionRow> chain, List<ActionRow> refersTo,
                          List<DeadlineChange> deadlines, List<Correction> corrections) {

        public List<ActionTarget> endedTargets(LocalDate today) {
            return targets.stream().filter(t -> t.termEnded(today)).toList();
        }
    }
}
