package org.tocsin.cases.incidents;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a researcher enters for a source; {@code publishedOn} is YYYY-MM-DD or blank. */
public record SourceForm(
        @NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.tooLong}") String publisher,
        String publishedOn,
        @NotBlank(message = "{validation.required}") @Size(max = 500, message = "{validation.tooLong}") String title,
        @Size(max = 2000, message = "{validation.tooLong}") String url,
        @NotBlank(message = "{validation.required}")
        @Pattern(regexp = "urgent_action|urgent_appeal|press_release|report|article|testimony|other",
                message = "{validation.unknownValue}") String kind,
        @Size(max = 200, message = "{validation.tooLong}") String reference,
        Integer version) {

    public static SourceForm empty() {
        return new SourceForm("", "", "", "", "report", "", null);
    }

    public static SourceForm of(Source s) {
        return new SourceForm(s.publisher(), s.publishedOn() == null ? "" : s.publishedOn().toString(), s.title(),
                s.url(), s.kind(), s.reference(), s.version());
    }
}
