package org.tocsin.intake.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.tocsin.actions.UrgentAction;
import org.tocsin.actions.UrgentActions;
import org.tocsin.actions.targets.Target;
import org.tocsin.actions.targets.Targets;
import org.tocsin.cases.CaseFile;
import org.tocsin.cases.CaseFiles;
import org.tocsin.cases.people.PersonMatch;
import org.tocsin.cases.people.PersonNameMatcher;
import org.tocsin.cases.people.Persons;
import org.tocsin.intake.ExtractedUrgentAction;
import org.tocsin.intake.ExtractedUrgentAction.Kind;
import org.tocsin.intake.review.ReviewForm.CodeRow;
import org.tocsin.intake.review.ReviewForm.IncidentRow;
import org.tocsin.intake.review.ReviewForm.PersonRow;
import org.tocsin.intake.review.ReviewForm.TargetRow;

/**
 * What a review proposes: the extracted fields as a form, and for each person, target, case
 * and follow-up code the existing records it may be, with why. The strongest match is
 * proposed; the researcher can refuse it. Incidents are never proposed as accepted.
 */
@Service
class Proposals {

    /** One existing record a row may be: its id, what to show, and why it matches (a message key and its argument). */
    record Choice(String value, String label, String reasonKey, String reasonDetail) {
    }

    private static final Map<String, String> LANGUAGE_CODES = Map.ofEntries(
            Map.entry("russian", "ru"), Map.entry("english", "en"), Map.entry("french", "fr"), Map.entry("spanish", "es"),
            Map.entry("german", "de"), Map.entry("arabic", "ar"), Map.entry("ukrainian", "uk"), Map.entry("chinese", "zh"),
            Map.entry("own language", "own"), Map.entry("your own language", "own"), Map.entry("own", "own"));

    private final Persons persons;
    private final Targets targets;
    private final CaseFiles cases;
    private final UrgentActions actions;

    Proposals(Persons persons, Targets targets, CaseFiles cases, UrgentActions actions) {
        this.persons = persons;
        this.targets = targets;
        this.cases = cases;
        this.actions = actions;
    }

    ReviewForm initial(StoredExtraction extraction, int version) {
        ExtractedUrgentAction f = extraction.fields();
        List<PersonRow> personRows = new ArrayList<>();
        for (var p : f.personsAtRisk()) {
            List<Choice> matches = personChoices(p.name());
            personRows.add(new PersonRow(p.name(), p.gender() == null ? "" : p.gender(),
                    matches.isEmpty() ? "new" : matches.getFirst().value(), true));
        }
        List<TargetRow> targetRows = new ArrayList<>();
        for (var t : f.targets()) {
            TargetRow row = new TargetRow(t.name(), t.title(), t.organisation(), t.address(), String.join(", ", t.fax()),
                    String.join(", ", t.email()), t.salutation(), "new", true);
            List<Choice> matches = targetChoices(row);
            targetRows.add(new TargetRow(row.name(), row.title(), row.organisation(), row.address(), row.fax(),
                    row.email(), row.salutation(), matches.isEmpty() ? "new" : matches.getFirst().value(), true));
        }
        List<CodeRow> codes = f.followUpOf().stream()
                .map(code -> new CodeRow(code, actions.findByCode(code).map(a -> String.valueOf(a.id())).orElse("stub")))
                .toList();
        List<IncidentRow> incidents = extraction.datedSentences().stream()
                .map(s -> new IncidentRow(false, s.date().toString(), shorten(s.sentence()), s.type(), s.sentence()))
                .toList();
        ReviewForm form = new ReviewForm(f.kind().code(), f.organisation(), f.code(),
                f.issueDate() == null ? "" : f.issueDate().toString(), f.deadline() == null ? "" : f.deadline().toString(),
                f.country(), f.title(), String.join(", ", languageCodes(f.languages())), f.actionsRequested(),
                f.copiesToDiplomats(), f.kind() == Kind.URGENT_ACTION || f.kind() == Kind.URGENT_APPEAL,
                personRows, targetRows, codes, "new", f.title(), incidents, version);
        List<Choice> caseMatches = caseChoices(form);
        return form.withCase(caseMatches.isEmpty() ? "new" : caseMatches.getFirst().value(), f.title());
    }

    List<Choice> personChoices(String name) {
        if (name == null || name.isBlank()) {
            return List.of();
        }
        List<Choice> choices = new ArrayList<>();
        for (PersonMatch match : persons.findMatches(name)) {
            PersonNameMatcher.Reason reason = match.reasons().getFirst();
            choices.add(new Choice(String.valueOf(match.person().id()), match.person().displayName(),
                    "intake.match.person." + reason.strength().code(), reason.matchedName()));
        }
        return choices;
    }

    /** The same person (a name that matches across spellings) or the same office (title and organisation). */
    List<Choice> targetChoices(TargetRow row) {
        Map<Long, Choice> found = new LinkedHashMap<>();
        if (row.name() != null && !row.name().isBlank()) {
            String[] words = row.name().strip().split("\\s+");
            for (Target t : targets.list(words[words.length - 1], 0, 50).items()) {
                if (PersonNameMatcher.compare(row.name(), t.name()).isPresent() || sameSurname(row.name(), t.name())) {
                    found.put(t.id(), new Choice(String.valueOf(t.id()), t.label(), "intake.match.target.samePerson", t.name()));
                }
            }
        }
        if (row.title() != null && !row.title().isBlank() && row.organisation() != null) {
            for (Target t : targets.list(row.title().strip(), 0, 50).items()) {
                if (same(row.title(), t.title()) && same(row.organisation(), t.organisation())) {
                    found.putIfAbsent(t.id(), new Choice(String.valueOf(t.id()), t.label(), "intake.match.target.sameOffice",
                            t.title()));
                }
            }
        }
        return List.copyOf(found.values());
    }

    /** "Yurii Ya. Chaika" and "Yuriy Yakovlevich Chaika": same surname, first names alike. */
    private static boolean sameSurname(String a, String b) {
        String[] x = PersonNameMatcher.tokens(a).toArray(String[]::new);
        String[] y = PersonNameMatcher.tokens(b).toArray(String[]::new);
        if (x.length < 2 || y.length < 2 || !x[x.length - 1].equals(y[y.length - 1])) {
            return false;
        }
        return x[0].length() >= 3 && y[0].length() >= 3 && x[0].substring(0, 3).equals(y[0].substring(0, 3));
    }

    /** Cases that share persons with the review's matched persons, most shared first; else cases of the same country. */
    List<Choice> caseChoices(ReviewForm form) {
        Map<Long, Integer> shared = new LinkedHashMap<>();
        for (PersonRow row : form.persons()) {
            if (row.match() != null && row.match().matches("\\d+")) {
                for (var membership : persons.cases(Long.parseLong(row.match()))) {
                    shared.merge(membership.caseId(), 1, Integer::sum);
                }
            }
        }
        List<Choice> choices = new ArrayList<>();
        shared.entrySet().stream().sorted(Map.Entry.<Long, Integer>comparingByValue().reversed())
                .forEach(e -> cases.find(e.getKey()).ifPresent(c -> choices.add(
                        new Choice(String.valueOf(c.id()), c.title(), "intake.match.case.sharedPersons", String.valueOf(e.getValue())))));
        if (form.country() != null && !form.country().isBlank()) {
            for (CaseFile c : cases.list(form.country().strip(), 0, 10).items()) {
                if (same(c.country(), form.country()) && choices.stream().noneMatch(x -> x.value().equals(String.valueOf(c.id())))) {
                    choices.add(new Choice(String.valueOf(c.id()), c.title(), "intake.match.case.country", c.country()));
                }
            }
        }
        return choices;
    }

    List<Choice> codeChoices(String code) {
        return actions.findByCode(code).map(a -> List.of(new Choice(String.valueOf(a.id()), label(a),
                "intake.match.code.same", a.codeBase()))).orElse(List.of());
    }

    private static String label(UrgentAction a) {
        return (a.code() == null ? "" : a.code() + ": ") + a.title();
    }

    static List<String> languageCodes(List<String> names) {
        List<String> codes = new ArrayList<>();
        for (String name : names) {
            String code = LANGUAGE_CODES.get(name.strip().toLowerCase(Locale.ROOT));
            if (code == null && UrgentAction.LANGUAGES.contains(name.strip().toLowerCase(Locale.ROOT))) {
                code = name.strip().toLowerCase(Locale.ROOT);
            }
            if (code != null && !codes.contains(code)) {
                codes.add(code);
            }
        }
        return codes;
    }

    private static boolean same(String a, String b) {
        return a != null && b != null && a.strip().equalsIgnoreCase(b.strip());
    }

    static String shorten(String sentence) {
        return sentence.length() <= 140 ? sentence : sentence.substring(0, sentence.lastIndexOf(' ', 137) < 60 ? 137
                : sentence.lastIndexOf(' ', 137)) + "…";
    }

}
