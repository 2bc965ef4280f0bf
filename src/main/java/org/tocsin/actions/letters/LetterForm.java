package org.tocsin.actions.letters;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A model letter as staff write it, on the page or through the API. {@code version} is the one
 * the edit started from; null means a new letter in that language.
 */
public record LetterForm(
        @NotBlank(message = "{validation.required}") @Size(max = Letters.SUBJECT_MAX, message = "{validation.tooLong}") String subject,
        @NotBlank(message = "{validation.required}") @Size(max = Letters.BODY_MAX, message = "{validation.tooLong}") String body,
        Integer version) {

    static LetterForm of(ModelLetter letter) {
        return new LetterForm(letter.subject(), letter.body(), letter.version());
    }
}
