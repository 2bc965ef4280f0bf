package org.tocsin.cases.incidents;

import java.util.List;

/** One source's account of one incident, with the facts it states. */
public record Account(long id, long incidentId, long sourceId, String sourceLabel, String summary, int version,
                      List<Fact> facts) {

    /** The value this account gives for a fact key, or null if it says nothing about it. */
    public String valueOf(String key) {
        return facts.stream().filter(f -> f.key().equals(key)).map(Fact::value).findFirst().orElse(null);
    }
}
