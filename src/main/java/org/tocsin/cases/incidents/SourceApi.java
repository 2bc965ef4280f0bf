package org.tocsin.cases.incidents;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
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
@RequestMapping("/api/sources")
@Tag(name = "Sources")
class SourceApi {

    record SourceList(List<Source> items, int page, int size, long total) {
    }

    record SourceDetail(Source source, List<Accounts.Telling> accounts) {
    }

    private final Sources sources;
    private final Accounts accounts;

    SourceApi(Sources sources, Accounts accounts) {
        this.sources = sources;
        this.accounts = accounts;
    }

    @GetMapping
    @Operation(summary = "Sources, newest first; q filters by publisher, title or reference")
    SourceList list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "1") int page,
                    @RequestParam(defaultValue = "25") int size) {
        int limit = Math.clamp(size, 1, 200);
        Sources.Listing listing = sources.list(q, Page.offset(page, limit), limit);
        return new SourceList(listing.items(), Math.max(1, page), limit, listing.total());
    }

    @GetMapping("/{id}")
    @Operation(summary = "A source and the incidents it gives an account of")
    SourceDetail get(@PathVariable long id) {
        return new SourceDetail(sources.get(id), accounts.ofSource(id));
    }

    @PostMapping
    ResponseEntity<Source> create(@Valid @RequestBody SourceForm form) {
        Source created = sources.create(form);
        return ResponseEntity.created(URI.create("/api/sources/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace a source's fields; 409 if version is not the current one")
    Source update(@PathVariable long id, @Valid @RequestBody SourceForm form) {
        return sources.update(id, form);
    }
}
