package org.tocsin.actions.letters;

/**
 * A letter before it is filled in: its language (ISO 639-1, "ru") and a subject and body with
 * placeholders in braces, e.g. {@code {salutation}} (see {@link Letters#PLACEHOLDERS}).
 */
public record LetterTemplate(String language, String subject, String body) {
}
