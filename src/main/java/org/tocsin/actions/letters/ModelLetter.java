package org.tocsin.actions.letters;

import java.time.OffsetDateTime;

/** A UA's model letter in one language, as stored: subject and body with placeholders. */
public record ModelLetter(long actionId, String language, String subject, String body, int version,
                          OffsetDateTime updatedAt) {

    public LetterTemplate template() {
        return new LetterTemplate(language, subject, body);
    }
}
