package org.tocsin.cases.people;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tocsin.web.Page;

@RestController
@RequestMapping("/api/persons")
@Tag(name = "Persons")
class PersonApi {

    record PersonList(List<Person> items, int page, int size, long total) {
    }

    /** A person who may be the one asked about, and why, in the caller's language. */
    record Candidate(long id, String displayName, String href, List<ReasonView> reasons) {
    }

    record ReasonView(String kind, String name, String matchedName, String text) {
    }

    record NewNames(@Valid List<PersonForm.NameInput> names) {
    }

    private final Persons persons;
    private final MessageSource messages;

    PersonApi(Persons persons, MessageSource messages) {
        this.persons = persons;
        this.messages = messages;
    }

    @GetMapping
    @Operation(summary = "Persons by display name; q matches any of their names in any script, ignoring case and accents")
    PersonList list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "1") int page,
                    @RequestParam(defaultValue = "25") int size) {
        int limit = Math.clamp(size, 1, 200);
        Persons.Listing listing = persons.list(q, Page.offset(page, limit), limit);
        return new PersonList(listing.items(), Math.max(1, page), limit, listing.total());
    }

    @GetMapping("/matches")
    @Operation(summary = "Persons whose names may be this name (other script, transliteration, spelling, sound), with reasons")
    List<Candidate> matches(@RequestParam String name) {
        return candidates(persons.findMatches(name));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One person with their confidential description (the view goes to the audit log); "
            + "for a section coordinator description is null and descriptionWithheld true (nothing opened); "
            + "lists and other records show description as null. Staff only.")
    Person get(@PathVariable long id) {
        return persons.reveal(id);
    }

    @PostMapping
    @Operation(summary = "Record a person; 409 with the candidates if a name matches someone recorded, unless confirmNew is true")
    ResponseEntity<Person> create(@Valid @RequestBody PersonForm form) {
        Person created = persons.create(form);
        return ResponseEntity.created(URI.create("/api/persons/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace a person's fields and names; 409 if version is not the current one")
    Person update(@PathVariable long id, @Valid @RequestBody PersonForm form) {
        return persons.update(id, form);
    }

    @PostMapping("/{id}/names")
    @Operation(summary = "Add spellings to a person; ones they already have are skipped")
    Person addNames(@PathVariable long id, @Valid @RequestBody NewNames body) {
        return persons.addNames(id, body.names() == null ? List.of() : body.names());
    }

    @ExceptionHandler(PossibleDuplicateException.class)
    ResponseEntity<ProblemDetail> possibleDuplicate(PossibleDuplicateException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, text("people.match.problem.detail"));
        problem.setTitle(text("people.match.problem.title"));
        problem.setType(URI.create("urn:tocsin:problem:possible-duplicate"));
        problem.setProperty("candidates", candidates(e.matches()));
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    private List<Candidate> candidates(List<PersonMatch> matches) {
        return matches.stream().map(m -> new Candidate(m.person().id(), m.person().displayName(),
                "/api/persons/" + m.person().id(),
                m.reasons().stream().map(r -> new ReasonView(r.strength().code(), r.name(), r.matchedName(),
                        text("people.match." + r.strength().code(), r.name(), r.matchedName()))).toList())).toList();
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
    }
}
