package org.tocsin.cases.incidents;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The official response to an incident. The authority is an organisation or, when it is not
 * one on file, a free-text name; {@code authority} is whichever is known, for display.
 */
public record Investigation(long id, long incidentId, Long authorityId, String authorityName, String authority,
                            String reference, LocalDate openedOn, String status, int personsCharged, String notes,
                            int version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    public static final List<String> STATUSES = List.of("no_complaint", "complaint_filed", "refused_to_open",
            "opened", "suspended", "closed_without_charge", "suspects_identified", "charged", "at_trial", "convicted",
            "acquitted");
}
