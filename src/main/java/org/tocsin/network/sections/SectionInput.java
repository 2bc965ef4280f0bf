package org.tocsin.network.sections;

import java.util.List;

/**
 * What an administrator gives to create or edit a section. {@code version} is the one the edit
 * started from (ignored on create). Lists may be null (taken as empty).
 */
public record SectionInput(String name, String countryCode, List<String> languages, List<Long> coordinatorIds,
                           Integer version) {
}
