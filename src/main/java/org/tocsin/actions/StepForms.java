package org.tocsin.actions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The small forms of a UA's lifecycle steps; each carries the version it was based on. */
public final class StepForms {

    private StepForms() {
    }

    /** Issue a draft; {@code issuedOn} (YYYY-MM-DD) defaults to the draft's date, else today. */
    public record IssueForm(String issuedOn, @NotNull(message = "{validation.required}") Integer version) {
    }

    /** Start the next follow-up of an issued UA, as a draft. */
    public record FollowUpForm(@Pattern(regexp = "|further_information|update|closure",
            message = "{validation.unknownValue}") String kind) {
    }

    /** Move an issued UA's deadline later; the old one is kept in its history. */
    public record ExtendForm(@NotBlank(message = "{validation.required}") String deadline,
                             @Size(max = 2000, message = "{validation.tooLong}") String reason,
                             @NotNull(message = "{validation.required}") Integer version) {
    }

    /** Close an issued UA with its outcome (HURIDOCS Intervention: response and impact). */
    public record CloseForm(
            @NotBlank(message = "{validation.required}") @Pattern(regexp = "responded_favourably|pledged_commitment|denied_event|took_steps_to_inhibit|requested_information|token_response|no_response|other",
                    message = "{validation.unknownValue}") String response,
            @NotBlank(message = "{validation.required}") @Pattern(regexp = "strongly_positive|moderately_positive|minor_impact|no_impact|moderately_negative|strongly_negative|unknown",
                    message = "{validation.unknownValue}") String impact,
            @Size(max = 20000, message = "{validation.tooLong}") String note,
            String closedOn,
            @NotNull(message = "{validation.required}") Integer version) {
    }

    /** A correction of an issued UA, recorded beside it (its text is never edited). */
    public record CorrectionForm(@NotBlank(message = "{validation.required}")
                                 @Size(max = 5000, message = "{validation.tooLong}") String note,
                                 Long followUpId) {
    }
}
