package org.tocsin.intake;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.tocsin.intake.ExtractedUrgentAction.Kind;
import org.tocsin.intake.ExtractedUrgentAction.Target;

/**
 * Reads the fields of an urgent action from a document, by rules: no network, no model, no
 * database. Usable with a plain constructor (the command line does) or as a Spring service.
 */
@Service
public class UrgentActionExtractor {

    public UrgentActionExtractor() {
        // stateless: all rules are compiled once in static fields
    }

    /** Reads the document (PDF, DOCX, HTML or plain text) and extracts its fields. */
    public ExtractedUrgentAction extract(Path document) throws UnreadableDocumentException {
        return extract(DocumentText.read(document));
    }

    /**
     * The fields with the cleaned text they were read from, where each was found in it, and the
     * dated sentences of the narrative: what a review shows. The fields are those of {@link #extract(String)}.
     */
    public LocatedExtraction extractLocated(String documentText) {
        String text = TextCleanup.clean(documentText);
        ExtractedUrgentAction fields = extract(documentText);
        LocalDate documentDate = Narrative.documentDate(fields);
        // With no date to take a year from, a sentence without one is still proposed if it has its own.
        return new LocatedExtraction(fields, text, Spans.locate(text, fields), Narrative.sentences(text, documentDate));
    }

    /** Extracts the fields from a document's text. */
    public ExtractedUrgentAction extract(String documentText) {
        String text = TextCleanup.clean(documentText);
        List<String> lines = text.lines().toList();
        Codes.Result codes = Codes.find(text);
        LocalDate issued = Dates.issueDate(lines, codes.codeLine());
        LocalDate deadline = Dates.deadline(text, issued);
        List<Target> targets = Targets.find(lines);
        List<String> actions = Requests.actions(lines);
        String title = Headline.title(lines);
        Kind kind = Headline.kind(text, deadline != null, targets, actions);
        Set<String> targetKeys = new HashSet<>();
        for (Target target : targets) {
            if (target.name() != null) {
                targetKeys.add(Names.key(target.name()));
            }
        }
        return new ExtractedUrgentAction(
                kind,
                Headline.organisation(text, kind),
                codes.code(),
                codes.followUpOf(),
                issued,
                deadline,
                Headline.country(text, targets),
                title,
                kind == Kind.STATEMENT || kind == Kind.OTHER ? List.of() : Persons.find(text, title, actions, targetKeys),
                Persons.genderSummary(text),
                targets,
                Requests.copiesToDiplomats(text),
                Requests.languages(text),
                actions);
    }
}
