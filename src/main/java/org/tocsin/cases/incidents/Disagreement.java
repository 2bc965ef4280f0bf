package org.tocsin.cases.incidents;

/** A fact key whose value differs between the accounts of one incident, and how many sources state it. */
public record Disagreement(long incidentId, String factKey, int sources) {
}
