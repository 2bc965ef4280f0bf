package org.tocsin.intake.review;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.tocsin.actions.UrgentAction;
import org.tocsin.intake.Span;
import org.tocsin.intake.review.Proposals.Choice;

/** Everything the review page shows of one import. */
@Service
class ImportReviews {

    /** A run of the document's text; {@code field} names the field it was read for, null for plain text. */
    record Segment(String text, String field, int index) {
        public String cssClass() {
            return field == null ? "" : "intake-span intake-span-" + field.replace('_', '-');
        }
    }

    record Review(DocumentImport documentImport, List<Segment> segments, ReviewForm form, List<List<Choice>> personChoices,
                  List<List<Choice>> targetChoices, List<Choice> caseChoices, List<List<Choice>> codeChoices,
                  List<String> incidentTypes, List<String> languages) {
    }

    private static final List<String> INCIDENT_TYPES = List.of("threat", "physical_attack", "arson", "raid", "confiscation",
            "detention", "surveillance", "smear", "judicial_harassment", "killing", "disappearance", "complaint", "other");

    private final Imports imports;
    private final Proposals proposals;

    ImportReviews(Imports imports, Proposals proposals) {
        this.imports = imports;
        this.proposals = proposals;
    }

    /** The review of import {@code id}: with {@code edited} (a posted form), else the saved review, else the proposals. */
    Review of(long id, ReviewForm edited) {
        DocumentImport imp = imports.get(id);
        StoredExtraction extraction = imports.extraction(id);
        ReviewForm form = edited != null ? edited
                : imports.savedReview(id).orElseGet(() -> proposals.initial(extraction, imp.version()));
        if (edited == null && form.version() != imp.version()) {
            form = new ReviewForm(form.kind(), form.organisation(), form.code(), form.issueDate(), form.deadline(),
                    form.country(), form.title(), form.languages(), form.actions(), form.copiesToDiplomats(),
                    form.createAction(), form.persons(), form.targets(), form.followUpOf(), form.caseChoice(),
                    form.newCaseTitle(), form.incidents(), imp.version());
        }
        return new Review(imp, segments(imports.text(id), extraction.spans()), form,
                form.persons().stream().map(p -> proposals.personChoices(p.name())).toList(),
                form.targets().stream().map(proposals::targetChoices).toList(),
                proposals.caseChoices(form),
                form.followUpOf().stream().map(c -> proposals.codeChoices(c.code())).toList(),
                INCIDENT_TYPES, UrgentAction.LANGUAGES);
    }

    /** The text cut at the spans; where spans overlap, the first to start wins. Escaping is the template's. */
    static List<Segment> segments(String text, List<Span> spans) {
        List<Segment> segments = new ArrayList<>();
        int at = 0;
        for (Span span : spans) {
            if (span.start() < at || span.end() > text.length() || span.end() <= span.start()) {
                continue;
            }
            if (span.start() > at) {
                segments.add(new Segment(text.substring(at, span.start()), null, 0));
            }
            segments.add(new Segment(text.substring(span.start(), span.end()), span.field(), span.index()));
            at = span.end();
        }
        if (at < text.length()) {
            segments.add(new Segment(text.substring(at), null, 0));
        }
        return segments;
    }
}
