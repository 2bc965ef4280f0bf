package org.tocsin.network.sections;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
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
import org.tocsin.actions.targets.Target;
import org.tocsin.web.Page;

@RestController
@RequestMapping("/api/sections")
@Tag(name = "Sections", description = "Country sections: country, languages, coordinators and their own local targets")
class SectionApi {

    /** A section as the API shows it: its fields, its coordinators and its local targets. */
    record SectionView(long id, String name, String countryCode, List<String> languages, int version,
                       List<Coordinator> coordinators, List<Target> localTargets) {
    }

    record SectionRow(long id, String name, String countryCode, List<String> languages, int version, int coordinators,
                      int localTargets, int localisations) {
    }

    record SectionList(List<SectionRow> items, int page, int size, long total) {
    }

    record Localisations(List<Localisation> items) {
    }

    private final Sections sections;
    private final org.tocsin.network.sections.Localisations localisations;

    SectionApi(Sections sections, org.tocsin.network.sections.Localisations localisations) {
        this.sections = sections;
        this.localisations = localisations;
    }

    @GetMapping
    @Operation(summary = "Sections by name; a coordinator sees only the sections they coordinate")
    SectionList list(@RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "25") int size) {
        int limit = Math.clamp(size, 1, 200);
        Sections.Listing listing = sections.list(Page.offset(page, limit), limit);
        List<SectionRow> rows = listing.items().stream().map(s -> new SectionRow(s.section().id(), s.section().name(),
                s.section().countryCode(), s.section().languages(), s.section().version(), s.coordinators(),
                s.localTargets(), s.localisations())).toList();
        return new SectionList(rows, Math.max(1, page), limit, listing.total());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One section with its coordinators and local targets; 404 if unknown")
    SectionView get(@PathVariable long id) {
        return view(sections.get(id));
    }

    @GetMapping("/{id}/localisations")
    @Operation(summary = "The section's localisations of urgent actions, drafts included; 404 if the section is unknown",
            description = "needsUpdate: a later follow-up of the localised UA's chain has been issued since.")
    Localisations localisations(@PathVariable long id) {
        sections.get(id);
        return new Localisations(localisations.forSection(id).stream().map(l -> l.localisation()).toList());
    }

    @PostMapping
    @Operation(summary = "Add a section (administrators); 201 with its Location, 400 naming each invalid field",
            description = "countryCode: ISO 3166-1 alpha-3 in capitals (NOR). languages: ISO 639-1 codes, the main one"
                    + " first ([\"nb\", \"en\"]), at least one. coordinatorIds: ids of accounts with the COORDINATOR role."
                    + " The name must be unique (case-insensitive).")
    ResponseEntity<SectionView> create(@RequestBody SectionInput input) {
        Section created = sections.create(input);
        return ResponseEntity.created(URI.create("/api/sections/" + created.id())).body(view(created));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace a section's fields (administrators); version is required, 409 if it is not the current one")
    SectionView update(@PathVariable long id, @RequestBody SectionInput input) {
        return view(sections.update(id, input));
    }

    private SectionView view(Section s) {
        return new SectionView(s.id(), s.name(), s.countryCode(), s.languages(), s.version(),
                sections.coordinators(s.id()), sections.localTargets(s.id()));
    }
}
