package org.tocsin.cases.people;

import java.util.List;

/** A stored person whose names may be the name asked about, with why; strongest reason first. */
public record PersonMatch(Person person, List<PersonNameMatcher.Reason> reasons) {

    public PersonNameMatcher.Strength strength() {
        return reasons.getFirst().strength();
    }
}
