package org.tocsin.actions.letters;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tocsin.actions.UrgentActions;

@RestController
@RequestMapping("/api/actions/{id}/letters")
@Tag(name = "Model letters", description = "The model letter of an urgent action in each language, with placeholders"
        + " that are filled in for each target and member")
class LetterApi {

    record LetterList(List<ModelLetter> items, int page, int size, long total) {
    }

    private final ModelLetters letters;
    private final UrgentActions actions;

    LetterApi(ModelLetters letters, UrgentActions actions) {
        this.letters = letters;
        this.actions = actions;
    }

    @GetMapping
    @Operation(summary = "The UA's model letters, by language code (all on one page)")
    LetterList list(@PathVariable long id) {
        actions.get(id);
        List<ModelLetter> items = letters.list(id);
        return new LetterList(items, 1, Math.max(1, items.size()), items.size());
    }

    @GetMapping("/{language}")
    @Operation(summary = "The UA's model letter in one language (ISO 639-1 code); 404 if there is none")
    ModelLetter get(@PathVariable long id, @PathVariable String language) {
        return letters.get(id, language);
    }

    @PutMapping("/{language}")
    @Operation(summary = "Add (version null: 201) or replace (the current version: 200) the letter in one language",
            description = "subject and body are required; placeholders in braces: {salutation} {target_name}"
                    + " {target_title} {persons} {member_name} {member_town} {date} {code} {deadline}; any other is"
                    + " a 400 naming it. 409 if version is stale, or null while a letter in that language exists."
                    + " 400 once the UA is closed.")
    ResponseEntity<ModelLetter> put(@PathVariable long id, @PathVariable String language,
                                    @Valid @RequestBody LetterForm form) {
        ModelLetter saved = letters.save(id, language, form);
        if (form.version() == null) {
            return ResponseEntity.created(URI.create("/api/actions/" + id + "/letters/" + language)).body(saved);
        }
        return ResponseEntity.ok(saved);
    }

    @DeleteMapping("/{language}")
    @Operation(summary = "Remove the letter in one language; version (query) is required, 409 if it is stale")
    ResponseEntity<Void> delete(@PathVariable long id, @PathVariable String language,
                                @RequestParam(required = false) Integer version) {
        letters.delete(id, language, version);
        return ResponseEntity.noContent().build();
    }
}
