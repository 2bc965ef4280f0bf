package org.tocsin.intake.review;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/**
 * The review of an import as the researcher leaves it: the extracted fields, edited, and each
 * proposal accepted or refused. Dates are YYYY-MM-DD or blank. A {@code match} is an id of the
 * existing record to use, or "new" (create one); for a follow-up code, "stub" records the
 * referred UA as known only from this reference, "none" drops the link. {@code caseChoice} is a
 * case id or "new".
 */
public record ReviewForm(
        @Pattern(regexp = "urgent_action|urgent_appeal|statement|other", message = "{validation.unknownValue}") String kind,
        @Size(max = 300, message = "{validation.tooLong}") String organisation,
        @Size(max = 100, message = "{validation.tooLong}") String code,
        String issueDate,
        String deadline,
        @Size(max = 100, message = "{validation.tooLong}") String country,
        @Size(max = 500, message = "{validation.tooLong}") String title,
        @Size(max = 200, message = "{validation.tooLong}") String languages,
        List<@Size(max = 3000, message = "{validation.tooLong}") String> actions,
        Boolean copiesToDiplomats,
        Boolean createAction,
        @Valid List<PersonRow> persons,
        @Valid List<TargetRow> targets,
        List<CodeRow> followUpOf,
        String caseChoice,
        @Size(max = 300, message = "{validation.tooLong}") String newCaseTitle,
        @Valid List<IncidentRow> incidents,
        Integer version) {

    public record PersonRow(@Size(max = 300, message = "{validation.tooLong}") String name, String gender,
                            String match, Boolean include) {
        public boolean included() {
            return Boolean.TRUE.equals(include) && name != null && !name.isBlank();
        }
    }

    public record TargetRow(@Size(max = 300, message = "{validation.tooLong}") String name,
                            @Size(max = 300, message = "{validation.tooLong}") String title,
                            @Size(max = 300, message = "{validation.tooLong}") String organisation,
                            @Size(max = 2000, message = "{validation.tooLong}") String address,
                            @Size(max = 500, message = "{validation.tooLong}") String fax,
                            @Size(max = 500, message = "{validation.tooLong}") String email,
                            @Size(max = 300, message = "{validation.tooLong}") String salutation,
                            String match, Boolean include) {
        public boolean included() {
            return Boolean.TRUE.equals(include);
        }
    }

    public record CodeRow(String code, String match) {
    }

    public record IncidentRow(Boolean accept, String date, @Size(max = 300, message = "{validation.tooLong}") String title,
                              String type, @Size(max = 5000, message = "{validation.tooLong}") String sentence) {
        public boolean accepted() {
            return Boolean.TRUE.equals(accept);
        }
    }

    public ReviewForm {
        // mutable: after the constructor, the web binder still sets indexed values such as actions[0]
        actions = actions == null ? new ArrayList<>() : new ArrayList<>(actions.stream().map(a -> a == null ? "" : a).toList());
        persons = persons == null ? new ArrayList<>() : new ArrayList<>(persons.stream().filter(p -> p != null).toList());
        targets = targets == null ? new ArrayList<>() : new ArrayList<>(targets.stream().filter(t -> t != null).toList());
        followUpOf = followUpOf == null ? new ArrayList<>() : new ArrayList<>(followUpOf.stream().filter(c -> c != null).toList());
        incidents = incidents == null ? new ArrayList<>() : new ArrayList<>(incidents.stream().filter(i -> i != null).toList());
    }

    public boolean makesAction() {
        return Boolean.TRUE.equals(createAction);
    }

    public boolean copies() {
        return Boolean.TRUE.equals(copiesToDiplomats);
    }

    /** The same review with another case choice; for tests and scripted imports. */
    public ReviewForm withCase(String choice, String newTitle) {
        return new ReviewForm(kind, organisation, code, issueDate, deadline, country, title, languages, actions,
                copiesToDiplomats, createAction, persons, targets, followUpOf, choice, newTitle, incidents, version);
    }

    public ReviewForm withCode(String newCode) {
        return new ReviewForm(kind, organisation, newCode, issueDate, deadline, country, title, languages, actions,
                copiesToDiplomats, createAction, persons, targets, followUpOf, caseChoice, newCaseTitle, incidents, version);
    }

    public ReviewForm withOrganisation(String publisher) {
        return new ReviewForm(kind, publisher, code, issueDate, deadline, country, title, languages, actions,
                copiesToDiplomats, createAction, persons, targets, followUpOf, caseChoice, newCaseTitle, incidents, version);
    }

    public ReviewForm withTitle(String newTitle) {
        return new ReviewForm(kind, organisation, code, issueDate, deadline, country, newTitle, languages, actions,
                copiesToDiplomats, createAction, persons, targets, followUpOf, caseChoice, newCaseTitle, incidents, version);
    }

    public ReviewForm withTargets(List<TargetRow> rows) {
        return new ReviewForm(kind, organisation, code, issueDate, deadline, country, title, languages, actions,
                copiesToDiplomats, createAction, persons, rows, followUpOf, caseChoice, newCaseTitle, incidents, version);
    }

    public ReviewForm withIncidents(List<IncidentRow> rows) {
        return new ReviewForm(kind, organisation, code, issueDate, deadline, country, title, languages, actions,
                copiesToDiplomats, createAction, persons, targets, followUpOf, caseChoice, newCaseTitle, rows, version);
    }
}
