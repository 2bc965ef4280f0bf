package org.tocsin.cases.people;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** What a researcher enters to create or edit an organisation. {@code version} is the one they started from. */
public record OrganisationForm(
        @NotBlank(message = "{validation.required}") @Size(max = 300, message = "{people.validation.tooLong}") String name,
        List<@Size(max = 300, message = "{people.validation.tooLong}") String> aliases,
        Long parentId,
        @NotBlank(message = "{validation.required}")
        @Pattern(regexp = "ngo|authority|media|intergovernmental|company|other", message = "{validation.unknownValue}")
        String kind,
        @Size(max = 100, message = "{people.validation.tooLong}") String country,
        @Size(max = 20000, message = "{people.validation.tooLong}") String description,
        Integer version) {

    public OrganisationForm {
        aliases = aliases == null ? List.of() : aliases;
    }

    public static OrganisationForm empty() {
        return new OrganisationForm("", List.of(), null, "ngo", "", "", null);
    }

    public static OrganisationForm of(Organisation o) {
        return new OrganisationForm(o.name(), o.aliases(), o.parentId(), o.kind(), o.country(), o.description(),
                o.version());
    }
}
