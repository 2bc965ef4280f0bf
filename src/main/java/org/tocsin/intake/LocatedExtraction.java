package org.tocsin.intake;

import java.util.List;

/**
 * An extraction for review: the fields, the cleaned text they were read from, where in that
 * text each field was found, and the dated sentences of its narrative. The JSON of
 * {@code tocsin extract} is the fields alone.
 */
public record LocatedExtraction(ExtractedUrgentAction fields, String text, List<Span> spans,
                                List<DatedSentence> datedSentences) {

    public LocatedExtraction {
        spans = List.copyOf(spans);
        datedSentences = List.copyOf(datedSentences);
    }
}
