package org.tocsin.cases.incidents;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A dated step of an investigation as entered; {@code onDate} is YYYY-MM-DD. */
public record UpdateForm(
        @NotBlank(message = "{validation.required}") String onDate,
        @NotBlank(message = "{validation.required}")
        @Pattern(regexp = "no_complaint|complaint_filed|refused_to_open|opened|suspended|closed_without_charge|suspects_identified|charged|at_trial|convicted|acquitted",
                message = "{validation.unknownValue}") String status,
        @Size(max = 5000, message = "{validation.tooLong}") String note,
        Long sourceId) {

    public static UpdateForm empty() {
        return new UpdateForm("", "opened", "", null);
    }
}
