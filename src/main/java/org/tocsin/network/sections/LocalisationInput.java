package org.tocsin.network.sections;

import java.util.List;

/**
 * What a coordinator gives to create or edit a localisation. {@code language} (ISO 639-1, one of
 * the section's) counts on create only; {@code localDeadline} is YYYY-MM-DD text so that an
 * unreadable one is reported against its field; {@code targetIds} come from the section's own list.
 */
public record LocalisationInput(String language, String title, String summary, List<String> recommendedActions,
                                String letterSubject, String letterBody, String localDeadline, List<Long> targetIds,
                                Integer version) {
}
