package org.tocsin.intake;

import java.time.LocalDate;

/**
 * A sentence of a document's narrative that says when something happened ("On 9 March, ...
 * their minibus was blocked"): a candidate incident. {@code yearFromDocument} says the sentence
 * gave no year and it was taken from the document's date. {@code type} is a guess from its words
 * (an incident type of the case file, "other" when nothing fits).
 */
public record DatedSentence(LocalDate date, boolean yearFromDocument, String sentence, String type, int start, int end) {
}
