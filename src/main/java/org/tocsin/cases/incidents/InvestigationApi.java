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
import org.tocsin.web.InvalidInputException;

@RestController
@RequestMapping("/api/investigations")
@Tag(name = "Investigations")
class InvestigationApi {

    record InvestigationList(List<Investigation> items, int page, int size, long total) {
    }

    record InvestigationDetail(Investigation investigation, List<InvestigationUpdate> updates) {
    }

    record UpdateList(List<InvestigationUpdate> items, int page, int size, long total) {
    }

    private final Investigations investigations;
    private final Incidents incidents;

    InvestigationApi(Investigations investigations, Incidents incidents) {
        this.investigations = investigations;
        this.incidents = incidents;
    }

    @GetMapping
    @Operation(summary = "The investigations of one incident")
    InvestigationList list(@RequestParam long incidentId) {
        incidents.get(incidentId);
        List<Investigation> items = investigations.forIncident(incidentId);
        return new InvestigationList(items, 1, items.size(), items.size());
    }

    @GetMapping("/{id}")
    @Operation(summary = "An investigation with its dated updates, oldest first")
    InvestigationDetail get(@PathVariable long id) {
        return new InvestigationDetail(investigations.get(id), investigations.updates(id));
    }

    @PostMapping
    @Operation(summary = "Record an investigation of the incident incidentId; authorityId or authorityName is required")
    ResponseEntity<Investigation> create(@Valid @RequestBody InvestigationForm form) {
        if (form.incidentId() == null) {
            throw InvalidInputException.of("incidentId", "validation.required");
        }
        if (incidents.find(form.incidentId()).isEmpty()) {
            throw InvalidInputException.of("incidentId", "incidents.validation.unknownIncident");
        }
        Investigation created = investigations.create(form.incidentId(), form);
        return ResponseEntity.created(URI.create("/api/investigations/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace an investigation's fields; 409 if version is not the current one")
    Investigation update(@PathVariable long id, @Valid @RequestBody InvestigationForm form) {
        return investigations.update(id, form);
    }

    @GetMapping("/{id}/updates")
    UpdateList updates(@PathVariable long id) {
        investigations.get(id);
        List<InvestigationUpdate> items = investigations.updates(id);
        return new UpdateList(items, 1, items.size(), items.size());
    }

    @PostMapping("/{id}/updates")
    @Operation(summary = "Add a dated update; if it is the latest by date, the investigation takes its status")
    ResponseEntity<InvestigationUpdate> addUpdate(@PathVariable long id, @Valid @RequestBody UpdateForm form) {
        InvestigationUpdate update = investigations.addUpdate(id, form);
        return ResponseEntity.created(URI.create("/api/investigations/" + id + "/updates/" + update.id())).body(update);
    }
}
