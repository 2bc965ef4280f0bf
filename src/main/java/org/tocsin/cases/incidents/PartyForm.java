package org.tocsin.cases.incidents;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A party to add: a role and exactly one of a person, an organisation or a group label.
 * {@code kind} (person, organisation, group) says which one the page's form meant; when it
 * is blank (the API) it is read from which of the three is given.
 */
public record PartyForm(
        @NotBlank(message = "{validation.required}")
        @Pattern(regexp = "victim|perpetrator|witness|responsible_authority", message = "{validation.unknownValue}") String role,
        String kind,
        Long personId,
        Long organisationId,
        @Size(max = 300, message = "{validation.tooLong}") String groupLabel,
        Integer groupSize,
        Boolean groupSizeApproximate) {

    public static PartyForm empty() {
        return new PartyForm("victim", "person", null, null, "", null, false);
    }
}
