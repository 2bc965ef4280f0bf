package org.tocsin.cases.people;

/**
 * One spelling of a person's name, as written (never rewritten), with its script ("latin",
 * "cyrillic", ...) and the source that used it if known. Position 0 is the display name.
 */
public record PersonName(String name, String script, Long sourceId, String sourceLabel, int position) {
}
