package org.tocsin.actions.letters;

import java.time.LocalDate;

/** A letter filled in for one addressee and one writer, in {@code language}, dated {@code date}. */
public record FilledLetter(String language, Addressee addressee, Writer writer, LocalDate date, String subject,
                           String body) {
}
