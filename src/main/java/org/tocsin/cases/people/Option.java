package org.tocsin.cases.people;

/** An entry of a select list: a record's id and what the user reads. */
public record Option(long id, String label) {
}
