package org.tocsin.network.sections;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A section's version of an issued UA in one of its languages. The UA stays the reference;
 * {@code needsUpdate} says a later follow-up of its chain was issued since.
 */
public record Localisation(long id, long actionId, long sectionId, String language, String title, String summary,
                           List<String> recommendedActions, String letterSubject, String letterBody,
                           LocalDate localDeadline, String status, OffsetDateTime publishedAt, boolean needsUpdate,
                           int version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    public static final String DRAFT = "draft";
    public static final String PUBLISHED = "published";

    @JsonIgnore
    public boolean isPublished() {
        return PUBLISHED.equals(status);
    }
}
