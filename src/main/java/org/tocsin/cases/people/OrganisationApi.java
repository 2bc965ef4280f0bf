package org.tocsin.cases.people;

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
@RequestMapping("/api/organisations")
@Tag(name = "Organisations")
class OrganisationApi {

    record OrganisationList(List<Organisation> items, int page, int size, long total) {
    }

    private final Organisations organisations;

    OrganisationApi(Organisations organisations) {
        this.organisations = organisations;
    }

    @GetMapping
    @Operation(summary = "Organisations by name; q filters by name or alias")
    OrganisationList list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "1") int page,
                          @RequestParam(defaultValue = "25") int size) {
        int limit = Math.clamp(size, 1, 200);
        Organisations.Listing listing = organisations.list(q, Page.offset(page, limit), limit);
        return new OrganisationList(listing.items(), Math.max(1, page), limit, listing.total());
    }

    @GetMapping("/{id}")
    Organisation get(@PathVariable long id) {
        return organisations.get(id);
    }

    @PostMapping
    ResponseEntity<Organisation> create(@Valid @RequestBody OrganisationForm form) {
        Organisation created = organisations.create(form);
        return ResponseEntity.created(URI.create("/api/organisations/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace an organisation's fields; 409 if version is not the current one, 400 if the parent makes a cycle")
    Organisation update(@PathVariable long id, @Valid @RequestBody OrganisationForm form) {
        return organisations.update(id, form);
    }
}
