/**
 * Persons and organisations of the case file: every spelling of a person's name, and the
 * matching that keeps one person from being recorded twice under two spellings.
 */
@org.springframework.modulith.NamedInterface("people")
package org.tocsin.cases.people;
