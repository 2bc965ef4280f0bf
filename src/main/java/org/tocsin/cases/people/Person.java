package org.tocsin.cases.people;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Someone in a case file, with every spelling of their name that a source used. The first
 * name is the one shown. {@code gender} is m, f, x or unknown. {@code description} is
 * confidential: it is null unless the person was read with {@link Persons#reveal} by an account
 * that may read confidential fields; {@code descriptionWithheld} says that {@code reveal} was asked
 * by one that may not (a section coordinator), so nothing was opened.
 */
public record Person(long id, List<PersonName> names, String gender, List<String> roles, Long organisationId,
                     String organisationName, String description, int version, OffsetDateTime createdAt,
                     OffsetDateTime updatedAt, boolean descriptionWithheld) {

    public static final List<String> GENDERS = List.of("unknown", "f", "m", "x");

    /** The same person with their (opened) description. */
    public Person withDescription(String text) {
        return new Person(id, names, gender, roles, organisationId, organisationName, text, version, createdAt,
                updatedAt, false);
    }

    /** The same person, marked as asked for by an account that may not read the description. */
    public Person withDescriptionWithheld() {
        return new Person(id, names, gender, roles, organisationId, organisationName, null, version, createdAt,
                updatedAt, true);
    }

    @JsonProperty("displayName")
    public String displayName() {
        return names.isEmpty() ? "#" + id : names.getFirst().name();
    }
}
