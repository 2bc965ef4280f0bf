package org.tocsin.network.sections;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A country branch: the country it works in (ISO 3166-1 alpha-3) and the languages it speaks
 * to its members in (ISO 639-1), the first being its main one.
 */
public record Section(long id, String name, String countryCode, List<String> languages, int version,
                      OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    public String mainLanguage() {
        return languages.isEmpty() ? null : languages.getFirst();
    }
}
