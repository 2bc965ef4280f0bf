package org.tocsin.actions.targets;

import java.util.List;
import java.util.Map;

/**
 * What a caller gives to create or edit a target. Dates are YYYY-MM-DD text so that an
 * unreadable one is reported against its field; {@code version} is the one the edit started
 * from (ignored on create). Lists and the salutation map may be null (taken as empty).
 */
public record TargetInput(String name, String title, String organisation, List<String> addressLines, String country,
                          List<String> fax, List<String> email, String phone, String webForm, List<String> social,
                          Map<String, String> salutations, String termStart, String termEnd, String notes,
                          Integer version) {

    /** The same input as an edit of {@code baseVersion}. */
    public TargetInput withVersion(int baseVersion) {
        return new TargetInput(name, title, organisation, addressLines, country, fax, email, phone, webForm, social,
                salutations, termStart, termEnd, notes, baseVersion);
    }
}
