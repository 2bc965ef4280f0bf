package org.tocsin.actions;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.tocsin.actions.targets.Target;

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

    public record DeadlineChange(LocalDate previous, LocalDate deadline, String reason, String changedBy,
                                 OffsetDateTime changedAt) {
    }

    public record Correction(long id, String note, Long followUpId, String recordedBy, OffsetDateTime recordedAt) {
    }

    /** Everything the staff page of one UA shows. */
    public record Details(UrgentAction action, String caseTitle, List<ActionPerson> persons,
                          List<Target> targets, List<ActionRow> chain, List<ActionRow> refersTo,
                          List<DeadlineChange> deadlines, List<Correction> corrections) {

        public List<Target> endedTargets(LocalDate today) {
            return targets.stream().filter(t -> t.termEndedBefore(today)).toList();
        }
    }
}
