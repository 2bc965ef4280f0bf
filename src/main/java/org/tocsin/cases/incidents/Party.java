package org.tocsin.cases.incidents;

import java.util.List;

/**
 * Someone involved in an incident, in a role: exactly one of a person, an organisation or an
 * unnamed group ("about 20 masked men": label "masked men", size 20, approximate).
 * {@code name} is the person's shown name, the organisation's name or the group's label.
 */
public record Party(long id, long incidentId, String role, Long personId, Long organisationId, String groupLabel,
                    Integer groupSize, boolean groupSizeApproximate, String name) {

    public static final List<String> ROLES = List.of("victim", "perpetrator", "witness", "responsible_authority");

    public String kind() {
        return personId != null ? "person" : organisationId != null ? "organisation" : "group";
    }
}
