package org.tocsin.cases.incidents;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a researcher enters for an incident. {@code date} is as precise as the source:
 * "2015-06-03", "2015-06" or "2015"; {@code time} (HH:MM) only with a full date, and
 * {@code timeZone} an IANA id such as Europe/Moscow, only with a time. {@code caseId} is
 * read on creation only; {@code version} is the one the edit started from.
 */
public record IncidentForm(
        Long caseId,
        @NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.tooLong}") String title,
        @NotBlank(message = "{validation.required}") String date,
        String time,
        @Size(max = 64, message = "{validation.tooLong}") String timeZone,
        @Size(max = 300, message = "{validation.tooLong}") String place,
        @Size(max = 200, message = "{validation.tooLong}") String region,
        @Size(max = 100, message = "{validation.tooLong}") String country,
        @NotBlank(message = "{validation.required}")
        @Pattern(regexp = "threat|physical_attack|arson|raid|confiscation|detention|surveillance|smear|judicial_harassment|killing|disappearance|complaint|other",
                message = "{validation.unknownValue}") String type,
        @Size(max = 20000, message = "{validation.tooLong}") String description,
        Integer version) {

    public static IncidentForm empty(long caseId) {
        return new IncidentForm(caseId, "", "", "", "", "", "", "", "", "", null);
    }

    public static IncidentForm of(Incident i) {
        return new IncidentForm(i.caseId(), i.title(), i.dateInput(),
                i.occurredTime() == null ? "" : i.occurredTime().toString(), i.timeZone(), i.place(), i.region(),
                i.country(), i.type(), i.description(), i.version());
    }

    IncidentForm withCaseId(long id) {
        return new IncidentForm(id, title, date, time, timeZone, place, region, country, type, description, version);
    }
}
