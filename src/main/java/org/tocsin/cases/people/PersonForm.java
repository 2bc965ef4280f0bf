package org.tocsin.cases.people;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/**
 * What a researcher enters to create or edit a person. Blank name rows are ignored; the first
 * non-blank one becomes the display name. {@code confirmNew} says "create it even though the
 * name matches someone already recorded". {@code version} is the one the edit started from.
 */
public record PersonForm(
        @Valid List<NameInput> names,
        @Pattern(regexp = "m|f|x|unknown|", message = "{validation.unknownValue}") String gender,
        List<@Size(max = 100, message = "{people.validation.tooLong}") String> roles,
        Long organisationId,
        @Size(max = 20000, message = "{people.validation.tooLong}") String description,
        Integer version,
        Boolean confirmNew) {

    /** Rows a new form offers; blank ones are ignored. */
    static final int ROWS = 6;

    public record NameInput(@Size(max = 300, message = "{people.validation.tooLong}") String name, Long sourceId) {

        public boolean isBlank() {
            return name == null || name.isBlank();
        }
    }

    public PersonForm {
        // a gap in the posted rows (names[0], names[2]) binds as null: keep the row numbers, empty
        names = names == null ? List.of()
                : names.stream().map(n -> n == null ? new NameInput("", null) : n).toList();
        roles = roles == null ? List.of() : roles;
    }

    public static PersonForm of(String... names) {
        return new PersonForm(java.util.Arrays.stream(names).map(n -> new NameInput(n, null)).toList(),
                "unknown", List.of(), null, null, null, false);
    }

    public static PersonForm of(Person p) {
        List<NameInput> names = p.names().stream().map(n -> new NameInput(n.name(), n.sourceId())).toList();
        return new PersonForm(names, p.gender(), p.roles(), p.organisationId(), p.description(), p.version(), false);
    }

    public boolean confirmed() {
        return Boolean.TRUE.equals(confirmNew);
    }

    public List<String> nonBlankNames() {
        return names.stream().filter(n -> !n.isBlank()).map(n -> n.name().strip()).toList();
    }

    /** The same form with empty rows added, so the page always offers a few more. */
    PersonForm withRows() {
        List<NameInput> rows = new ArrayList<>(names);
        int wanted = Math.max(ROWS, nonBlankNames().size() + 3);
        while (rows.size() < wanted) {
            rows.add(new NameInput("", null));
        }
        return new PersonForm(rows, gender, roles, organisationId, description, version, confirmNew);
    }

    PersonForm confirming() {
        return new PersonForm(names, gender, roles, organisationId, description, version, true);
    }
}
