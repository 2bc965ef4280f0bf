package org.tocsin.intake.review;

import java.util.List;
import org.tocsin.intake.DatedSentence;
import org.tocsin.intake.ExtractedUrgentAction;
import org.tocsin.intake.Span;

/** What is kept of an extraction beside the (separately sealed) text: the fields, their spans and the dated sentences. */
record StoredExtraction(ExtractedUrgentAction fields, List<Span> spans, List<DatedSentence> datedSentences) {
}
