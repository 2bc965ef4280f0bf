package org.tocsin.intake;

import java.time.LocalDate;
import java.util.List;

/**
 * The fields of an urgent action as a document states them (the format of
 * corpus/urgent-actions/SCHEMA.md). A value the document does not state is null, a list it
 * does not fill is empty: nothing is guessed.
 */
public record ExtractedUrgentAction(
        Kind kind,
        String organisation,
        String code,
        List<String> followUpOf,
        LocalDate issueDate,
        LocalDate deadline,
        String country,
        String title,
        List<PersonAtRisk> personsAtRisk,
        GenderSummary genderSummary,
        List<Target> targets,
        boolean copiesToDiplomats,
        List<String> languages,
        List<String> actionsRequested) {

    public ExtractedUrgentAction {
        followUpOf = List.copyOf(followUpOf);
        personsAtRisk = List.copyOf(personsAtRisk);
        targets = List.copyOf(targets);
        languages = List.copyOf(languages);
        actionsRequested = List.copyOf(actionsRequested);
    }

    public enum Kind {
        URGENT_ACTION("urgent_action"), URGENT_APPEAL("urgent_appeal"), STATEMENT("statement"), OTHER("other");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        /** The word the JSON format uses. */
        public String code() {
            return code;
        }
    }

    /** A person the action is about; gender "m", "f" or null when the document does not say. */
    public record PersonAtRisk(String name, String gender) {
    }

    /** Counts of men and women where the document gives them ("7 men and 3 women"). */
    public record GenderSummary(int men, int women) {
    }

    /** An authority to write to. */
    public record Target(String name, String title, String organisation, String address,
                         List<String> fax, List<String> email, String salutation) {
        public Target {
            fax = List.copyOf(fax);
            email = List.copyOf(email);
        }
    }
}
