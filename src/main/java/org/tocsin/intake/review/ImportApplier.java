package org.tocsin.intake.review;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tocsin.actions.ActionForm.PersonEntry;
import org.tocsin.actions.UrgentActions;
import org.tocsin.actions.targets.TargetInput;
import org.tocsin.actions.targets.Targets;
import org.tocsin.cases.CaseFile;
import org.tocsin.cases.CaseFiles;
import org.tocsin.cases.CaseForm;
import org.tocsin.cases.CaseOverview;
import org.tocsin.cases.incidents.AccountForm;
import org.tocsin.cases.incidents.Accounts;
import org.tocsin.cases.incidents.IncidentForm;
import org.tocsin.cases.incidents.Incidents;
import org.tocsin.cases.incidents.Source;
import org.tocsin.cases.incidents.SourceForm;
import org.tocsin.cases.incidents.Sources;
import org.tocsin.cases.people.PersonForm;
import org.tocsin.cases.people.Persons;
import org.tocsin.intake.review.ReviewForm.CodeRow;
import org.tocsin.intake.review.ReviewForm.IncidentRow;
import org.tocsin.intake.review.ReviewForm.PersonRow;
import org.tocsin.intake.review.ReviewForm.TargetRow;
import org.tocsin.web.InvalidInputException;
import org.tocsin.web.InvalidInputException.FieldError;

/**
 * Applies a review: the source, persons, case, targets, urgent action and accepted incidents
 * in one transaction. Any refused step (a rule of the service it calls) rolls everything back,
 * and its error names the review's field.
 */
@Service
class ImportApplier {

    private final Imports imports;
    private final Sources sources;
    private final Persons persons;
    private final CaseFiles cases;
    private final CaseOverview caseOverview;
    private final Targets targets;
    private final UrgentActions actions;
    private final Incidents incidents;
    private final Accounts accounts;

    ImportApplier(Imports imports, Sources sources, Persons persons, CaseFiles cases, CaseOverview caseOverview,
                  Targets targets, UrgentActions actions, Incidents incidents, Accounts accounts) {
        this.imports = imports;
        this.sources = sources;
        this.persons = persons;
        this.cases = cases;
        this.caseOverview = caseOverview;
        this.targets = targets;
        this.actions = actions;
        this.incidents = incidents;
        this.accounts = accounts;
    }

    @Transactional
    public DocumentImport apply(long id, ReviewForm form) {
        DocumentImport imp = imports.get(id);
        if (imp.isApplied()) {
            throw InvalidInputException.of("status", "intake.error.alreadyApplied");
        }
        check(form);
        Source source = step("", () -> sources.create(new SourceForm(form.organisation(), blank(form.issueDate()),
                form.title(), "", sourceKind(form.kind()), blank(form.code()), null)));
        long caseId = caseOf(form);
        List<Long> personIds = new ArrayList<>();
        List<PersonEntry> atRisk = new ArrayList<>();
        for (int i = 0; i < form.persons().size(); i++) {
            PersonRow row = form.persons().get(i);
            if (row.included()) {
                long personId = step("persons[" + i + "].", () -> person(row, source.id()));
                personIds.add(personId);
                atRisk.add(new PersonEntry(personId, gender(row.gender())));
                caseOverview.addPersonAtRisk(caseId, personId);
            }
        }
        List<Long> targetIds = new ArrayList<>();
        for (int i = 0; i < form.targets().size(); i++) {
            TargetRow row = form.targets().get(i);
            if (row.included()) {
                int index = i;
                targetIds.add(step("targets[" + i + "].", () -> target(row, index)));
            }
        }
        Long actionId = form.makesAction() ? action(form, caseId, atRisk, targetIds, source) : null;
        List<Long> incidentIds = new ArrayList<>();
        for (int i = 0; i < form.incidents().size(); i++) {
            IncidentRow row = form.incidents().get(i);
            if (row.accepted()) {
                incidentIds.add(step("incidents[" + i + "].", () -> incident(row, caseId, form.country(), source.id())));
            }
        }
        imports.markApplied(id, imp.version(), form,
                new Imports.Applied(source.id(), caseId, actionId, personIds, targetIds, incidentIds));
        return imports.get(id);
    }

    private static void check(ReviewForm form) {
        List<FieldError> errors = new ArrayList<>();
        if (blank(form.organisation()).isEmpty()) {
            errors.add(new FieldError("organisation", "validation.required"));
        }
        if (blank(form.title()).isEmpty()) {
            errors.add(new FieldError("title", "validation.required"));
        }
        date(form.issueDate(), "issueDate", errors);
        date(form.deadline(), "deadline", errors);
        if (!"new".equals(form.caseChoice()) && (form.caseChoice() == null || !form.caseChoice().matches("\\d+"))) {
            errors.add(new FieldError("caseChoice", "validation.required"));
        }
        if ("new".equals(form.caseChoice()) && blank(form.newCaseTitle()).isEmpty()) {
            errors.add(new FieldError("newCaseTitle", "validation.required"));
        }
        for (int i = 0; i < form.incidents().size(); i++) {
            if (form.incidents().get(i).accepted()) {
                date(form.incidents().get(i).date(), "incidents[" + i + "].date", errors);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private long caseOf(ReviewForm form) {
        if ("new".equals(form.caseChoice())) {
            CaseFile created = step("", () -> cases.create(new CaseForm(form.newCaseTitle().strip(), null,
                    blank(form.country()), "open", null)));
            return created.id();
        }
        long caseId = Long.parseLong(form.caseChoice());
        if (cases.find(caseId).isEmpty()) {
            throw InvalidInputException.of("caseChoice", "intake.error.unknownCase");
        }
        return caseId;
    }

    /** A new person with the document's spelling, or the matched one with that spelling added; both cite the source. */
    private long person(PersonRow row, long sourceId) {
        List<PersonForm.NameInput> name = List.of(new PersonForm.NameInput(row.name().strip(), sourceId));
        if (row.match() == null || "new".equals(row.match()) || !row.match().matches("\\d+")) {
            String gender = gender(row.gender()).isEmpty() ? "unknown" : gender(row.gender());
            return persons.create(new PersonForm(name, gender, List.of(), null, null, null, true)).id();
        }
        long existing = Long.parseLong(row.match());
        if (persons.find(existing).isEmpty()) {
            throw InvalidInputException.of("match", "intake.error.unknownPerson");
        }
        persons.addNames(existing, name);
        return existing;
    }

    private long target(TargetRow row, int index) {
        if (row.match() != null && row.match().matches("\\d+")) {
            long existing = Long.parseLong(row.match());
            if (targets.find(existing).isEmpty()) {
                throw InvalidInputException.of("match", "intake.error.unknownTarget");
            }
            return existing;
        }
        String name = blank(row.name()).isEmpty() ? blank(row.title()) : row.name().strip();
        Map<String, String> salutations = blank(row.salutation()).isEmpty() ? Map.of() : Map.of("en", row.salutation().strip());
        return targets.create(new TargetInput(name, blankToNull(row.title()), blankToNull(row.organisation()),
                lines(row.address()), null, list(row.fax()), list(row.email()), null, null, List.of(), salutations,
                null, null, null, null)).id();
    }

    private Long action(ReviewForm form, long caseId, List<PersonEntry> atRisk, List<Long> targetIds, Source source) {
        String ownCode = blank(form.code());
        Long follows = null;
        List<Long> refersTo = new ArrayList<>();
        for (int i = 0; i < form.followUpOf().size(); i++) {
            CodeRow row = form.followUpOf().get(i);
            if (blank(row.code()).isEmpty() || "none".equals(row.match())) {
                continue;
            }
            Long linked = step("followUpOf[" + i + "].", () -> linkedAction(row, caseId, form, source));
            if (follows == null && follows(ownCode, row.code())) {
                follows = linked;
            } else {
                refersTo.add(linked);
            }
        }
        Long parent = follows;
        LocalDate issued = parse(form.issueDate());
        LocalDate deadline = parse(form.deadline());
        return step("", () -> actions.record(new UrgentActions.Received(caseId,
                parent == null ? "urgent_action" : "update", parent == null ? blankToNull(ownCode) : null, null,
                blankToNull(form.organisation()), form.title().strip(), issued, deadline, blankToNull(form.country()),
                form.actions().stream().filter(a -> !a.isBlank()).map(String::strip).toList(),
                Arrays.stream(blank(form.languages()).split("[,\\s]+")).filter(s -> !s.isBlank())
                        .map(s -> s.toLowerCase(Locale.ROOT)).distinct().toList(),
                form.copies(), atRisk, targetIds, parent, refersTo))).id();
    }

    /** The UA a code refers to: the one chosen, or one recorded now as known only from this reference. */
    private long linkedAction(CodeRow row, long caseId, ReviewForm form, Source source) {
        if (row.match() != null && row.match().matches("\\d+")) {
            return actions.get(Long.parseLong(row.match())).id();
        }
        var existing = actions.findByCode(row.code());
        if (existing.isPresent()) {
            return existing.get().id();
        }
        return actions.record(new UrgentActions.Received(caseId, "urgent_action", row.code().strip(),
                "Known from a reference in \"" + source.title() + "\" (" + source.publisher() + ").", null,
                row.code().strip(), null, null, blankToNull(form.country()), List.of(), List.of(), false, List.of(),
                List.of(), null, List.of())).id();
    }

    /** "RUS 004 / 1214 / OBS 093.1" follows "RUS 004 / 1214 / OBS 093": the same code with a follow-up number. */
    static boolean follows(String ownCode, String referred) {
        String own = ownCode.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        String ref = referred.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        return !own.isEmpty() && own.startsWith(ref) && own.substring(ref.length()).matches("[.\\-]\\d{1,3}");
    }

    private long incident(IncidentRow row, long caseId, String country, long sourceId) {
        String title = blank(row.title()).isEmpty() ? Proposals.shorten(blank(row.sentence())) : row.title().strip();
        long incidentId = incidents.create(new IncidentForm(caseId, title, row.date().strip(), "", "", "", "",
                blank(country), row.type() == null || row.type().isBlank() ? "other" : row.type(), blank(row.sentence()),
                null)).id();
        accounts.create(incidentId, new AccountForm(sourceId, Proposals.shorten(blank(row.sentence())), List.of(), null));
        return incidentId;
    }

    /** Runs a step, naming the review's field in what it refuses. */
    private static <T> T step(String prefix, Supplier<T> work) {
        try {
            return work.get();
        } catch (InvalidInputException e) {
            if (prefix.isEmpty()) {
                throw e;
            }
            throw new InvalidInputException(e.errors().stream()
                    .map(err -> new FieldError(prefix + err.field(), err.messageKey(), err.arguments())).toList());
        }
    }

    private static String sourceKind(String kind) {
        return switch (kind == null ? "" : kind) {
            case "urgent_action" -> "urgent_action";
            case "urgent_appeal" -> "urgent_appeal";
            case "statement" -> "press_release";
            default -> "other";
        };
    }

    private static String gender(String gender) {
        return gender != null && gender.matches("[mfx]") ? gender : "";
    }

    private static void date(String text, String field, List<FieldError> errors) {
        try {
            parse(text);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "validation.date"));
        }
    }

    private static LocalDate parse(String text) {
        return blank(text).isEmpty() ? null : LocalDate.parse(text.strip());
    }

    private static List<String> list(String text) {
        return Arrays.stream(blank(text).split("\\s*[,;]\\s*")).filter(s -> !s.isBlank()).toList();
    }

    private static List<String> lines(String text) {
        return blank(text).lines().map(String::strip).filter(s -> !s.isBlank()).toList();
    }

    private static String blank(String text) {
        return text == null ? "" : text.strip();
    }

    private static String blankToNull(String text) {
        return blank(text).isEmpty() ? null : text.strip();
    }
}
