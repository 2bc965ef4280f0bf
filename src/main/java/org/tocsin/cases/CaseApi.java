package org.tocsin.cases;

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
@RequestMapping("/api/cases")
@Tag(name = "Cases")
class CaseApi {

    record CaseList(List<CaseFile> items, int page, int size, long total) {
    }

    private final CaseFiles cases;

    CaseApi(CaseFiles cases) {
        this.cases = cases;
    }

    @GetMapping
    @Operation(summary = "Cases, newest change first; q filters by title or country")
    CaseList list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "1") int page,
                  @RequestParam(defaultValue = "25") int size) {
        int limit = Math.clamp(size, 1, 200);
        CaseFiles.Listing listing = cases.list(q, Page.offset(page, limit), limit);
        return new CaseList(listing.items(), Math.max(1, page), limit, listing.total());
    }

    @GetMapping("/{id}")
    CaseFile get(@PathVariable long id) {
        return cases.get(id);
    }

    @PostMapping
    ResponseEntity<CaseFile> create(@Valid @RequestBody CaseForm form) {
        CaseFile created = cases.create(form);
        return ResponseEntity.created(URI.create("/api/cases/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace a case's fields; 409 if version is not the current one")
    CaseFile update(@PathVariable long id, @Valid @RequestBody CaseForm form) {
        return cases.update(id, form);
    }
}
