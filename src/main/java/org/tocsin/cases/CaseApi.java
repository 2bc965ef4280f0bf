package org.tocsin.cases;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tocsin.web.NotFoundException;
import org.tocsin.web.Page;

@RestController
@RequestMapping("/api/cases")
@Tag(name = "Cases")
class CaseApi {

    record CaseList(List<CaseSummary> items, int page, int size, long total) {
    }

    record PersonAtRiskRequest(Long personId) {
    }

    private final CaseFiles cases;
    private final CaseOverview overview;
    private final CaseAccess access;

    CaseApi(CaseFiles cases, CaseOverview overview, CaseAccess access) {
        this.cases = cases;
        this.overview = overview;
        this.access = access;
    }

    @GetMapping
    @Operation(summary = "Cases, newest change first; q filters by title or country",
            description = "Each item carries the number of persons at risk and of incidents, and the date of the"
                    + " latest incident with its precision (day, month or year).")
    CaseList list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "1") int page,
                  @RequestParam(defaultValue = "25") int size) {
        int limit = Math.clamp(size, 1, 200);
        CaseFiles.SummaryListing listing = cases.summaries(q, Page.offset(page, limit), limit);
        return new CaseList(listing.items(), Math.max(1, page), limit, listing.total());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One case's own fields; see /overview for its persons, incidents and investigations")
    CaseFile get(@PathVariable long id) {
        return cases.get(id);
    }

    @GetMapping("/{id}/overview")
    @Operation(summary = "What the case page shows: persons at risk, timeline, investigations",
            description = "caseFile: the case. personsAtRisk: id, name shown, otherNames (other spellings)."
                    + " timeline: incidents in date order (a date known only to its month or year sorts after the"
                    + " dated events of that period); each with occurredOn and precision, time and timeZone if"
                    + " known, place, region, country, type, parties grouped by role (person, organisation or an"
                    + " unnamed group with groupSize), sources (number of accounts) and disagreements (the fact"
                    + " keys the accounts state differently). summary: incidents, investigationsOpened (status"
                    + " opened or later), investigationsNotOpened (no complaint, complaint filed, refused to open),"
                    + " personsCharged, incidentsWithoutInvestigation. investigations: one row each with its"
                    + " authority, status and lastUpdate. 404 if the case does not exist.")
    CaseOverview.Overview overview(@PathVariable long id) {
        CaseOverview.Overview result = overview.of(id);
        access.auditViewIfNotNamed(id);
        return result;
    }

    @PostMapping("/{id}/persons-at-risk")
    @Operation(summary = "Mark a person as at risk in the case; body {\"personId\": 12}; 400 if unknown")
    ResponseEntity<List<CaseOverview.PersonAtRisk>> addPersonAtRisk(@PathVariable long id,
                                                                    @RequestBody PersonAtRiskRequest request) {
        overview.addPersonAtRisk(id, request.personId());
        return ResponseEntity.created(URI.create("/api/cases/" + id + "/persons-at-risk/" + request.personId()))
                .body(overview.personsAtRisk(id));
    }

    @DeleteMapping("/{id}/persons-at-risk/{personId}")
    @Operation(summary = "Take a person off the case's persons at risk; 404 if they were not on it")
    ResponseEntity<Void> removePersonAtRisk(@PathVariable long id, @PathVariable long personId) {
        if (!overview.removePersonAtRisk(id, personId)) {
            throw new NotFoundException("person", personId);
        }
        return ResponseEntity.noContent().build();
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
