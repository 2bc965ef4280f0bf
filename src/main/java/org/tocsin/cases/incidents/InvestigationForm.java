package org.tocsin.cases.incidents;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An investigation as entered: the authority as an organisation on file or a free-text name
 * (at least one), {@code openedOn} as YYYY-MM-DD or blank. {@code incidentId} is read on
 * creation through the API only.
 */
public record InvestigationForm(
        Long incidentId,
        Long authorityId,
        @Size(max = 300, message = "{validation.tooLong}") String authorityName,
        @Size(max = 200, message = "{validation.tooLong}") String reference,
        String openedOn,
        @NotBlank(message = "{validation.required}")
        @Pattern(regexp = "no_complaint|complaint_filed|refused_to_open|opened|suspended|closed_without_charge|suspects_identified|charged|at_trial|convicted|acquitted",
                message = "{validation.unknownValue}") String status,
        @Min(value = 0, message = "{validation.number}") Integer personsCharged,
        @Size(max = 20000, message = "{validation.tooLong}") String notes,
        Integer version) {

    public static InvestigationForm empty(long incidentId) {
        return new InvestigationForm(incidentId, null, "", "", "", "complaint_filed", 0, "", null);
    }

    public static InvestigationForm of(Investigation i) {
        return new InvestigationForm(i.incidentId(), i.authorityId(), i.authorityName(), i.reference(),
                i.openedOn() == null ? "" : i.openedOn().toString(), i.status(), i.personsCharged(), i.notes(),
                i.version());
    }
}
