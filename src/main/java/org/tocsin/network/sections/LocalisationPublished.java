package org.tocsin.network.sections;

/**
 * Published inside the transaction that publishes a localisation, so a listener's writes
 * (notifications to the section's members) commit or roll back with it.
 */
public record LocalisationPublished(long localisationId, long actionId, long sectionId, String language) {
}
