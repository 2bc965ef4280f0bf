package org.tocsin.cases;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a researcher enters to create or edit a case. {@code version} is the one they started from. */
public record CaseForm(
        @NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.tooLong}") String title,
        @Size(max = 20000, message = "{validation.tooLong}") String summary,
        @Size(max = 100, message = "{validation.tooLong}") String country,
        @NotBlank(message = "{validation.required}") @Pattern(regexp = "open|closed", message = "{validation.unknownValue}") String status,
        Integer version) {

    public static CaseForm empty() {
        return new CaseForm("", "", "", "open", null);
    }

    public static CaseForm of(CaseFile c) {
        return new CaseForm(c.title(), c.summary(), c.country(), c.status(), c.version());
    }
}
