package org.tocsin.actions;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One urgent action or follow-up as stored. {@code codeBase} is the code of its chain;
 * {@link #code()} is the code this one is known by. {@code internalNote} is for staff only.
 */
public record UrgentAction(long id, long caseId, Long parentId, Long rootId, int sequence, String kind,
                           String codeScheme, String codeBase, String codeNote, String countryCode, String issuer,
                           String title, LocalDate issuedOn, String issuedPrecision, LocalDate deadline,
                           String country, String summary, String background, List<String> recommendedActions,
                           List<String> languages, List<String> themes, boolean copiesToDiplomats, String status, String outcomeResponse,
                           String outcomeImpact, String outcomeNote, LocalDate closedOn, String internalNote,
                           int version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    public static final List<String> KINDS = List.of("urgent_action", "further_information", "update", "closure");
    public static final List<String> FOLLOW_UP_KINDS = List.of("further_information", "update", "closure");
    public static final List<String> STATUSES = List.of("draft", "issued", "closed");
    /**
     * HURIDOCS Events Standard Formats, Intervention, "Status as regards response" (micro-thesaurus 27):
     * its top terms, with "Response meant to counter the intervention" given as its two narrower terms.
     */
    public static final List<String> RESPONSES = List.of("responded_favourably", "pledged_commitment", "denied_event",
            "took_steps_to_inhibit", "requested_information", "token_response", "no_response", "other");
    /** HURIDOCS Events Standard Formats, Intervention, "Impact on the situation" (micro-thesaurus 44). */
    public static final List<String> IMPACTS = List.of("strongly_positive", "moderately_positive", "minor_impact",
            "no_impact", "moderately_negative", "strongly_negative", "unknown");
    /** Languages a UA can ask members to write in; "own" is "your own language". */
    public static final List<String> LANGUAGES = List.of("ru", "en", "fr", "es", "de", "ar", "uk", "zh", "own");
    /**
     * What a UA can be about, for members to choose from (labels: actions.theme.CODE). The
     * database checks the same list (V136): a change here needs a migration too.
     */
    public static final List<String> THEMES = List.of("human_rights_defenders", "journalists", "torture",
            "arbitrary_detention", "enforced_disappearance", "unfair_trial", "freedom_of_expression",
            "freedom_of_assembly", "death_penalty", "women_rights", "lgbti", "refugees_migrants", "indigenous_peoples",
            "impunity");

    @JsonProperty("code")
    public String code() {
        return CodeScheme.of(codeScheme).display(codeBase, sequence);
    }

    @JsonIgnore
    public boolean isDraft() {
        return "draft".equals(status);
    }

    @JsonIgnore
    public boolean isIssued() {
        return "issued".equals(status);
    }

    @JsonIgnore
    public boolean isClosed() {
        return "closed".equals(status);
    }

    @JsonIgnore
    public boolean isFollowUp() {
        return parentId != null;
    }

    /** The id of the original of this UA's chain. */
    public long chainId() {
        return rootId == null ? id : rootId;
    }
}
