package org.tocsin.actions.targets;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.format.annotation.DateTimeFormat;
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
@RequestMapping("/api/targets")
@Tag(name = "Targets", description = "The directory of authorities that urgent actions ask members to write to")
class TargetApi {

    record TargetList(List<Target> items, int page, int size, long total) {
    }

    record Uses(List<TargetUse> items) {
    }

    private final Targets targets;
    private final ObjectProvider<TargetUsage> usages;

    TargetApi(Targets targets, ObjectProvider<TargetUsage> usages) {
        this.targets = targets;
        this.usages = usages;
    }

    @GetMapping
    @Operation(summary = "Targets by name; q filters by name, title, organisation or country (case-insensitive)")
    TargetList list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "1") int page,
                    @RequestParam(defaultValue = "25") int size) {
        int limit = Math.clamp(size, 1, 200);
        Targets.Listing listing = targets.list(q, Page.offset(page, limit), limit);
        return new TargetList(listing.items(), Math.max(1, page), limit, listing.total());
    }

    @GetMapping("/options")
    @Operation(summary = "Entries for a target picker, each with termEnded as of `on` (default today) so the picker can warn")
    List<TargetOption> options(@RequestParam(defaultValue = "") String q,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                               @RequestParam(defaultValue = "50") int limit) {
        return targets.options(q, on == null ? LocalDate.now() : on, limit);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One target with its salutations per language (ISO 639 code to text); 404 if unknown")
    Target get(@PathVariable long id) {
        return targets.get(id);
    }

    @GetMapping("/{id}/uses")
    @Operation(summary = "The open urgent actions that use the target")
    Uses uses(@PathVariable long id) {
        targets.get(id);
        return new Uses(usages.orderedStream().flatMap(u -> u.openActionsUsing(id).stream()).toList());
    }

    @PostMapping
    @Operation(summary = "Add a target; 201 with its Location, 400 naming each invalid field",
            description = "Fax numbers: digits, spaces, +, -, / and parentheses. Dates YYYY-MM-DD; termEnd not before"
                    + " termStart. webForm http or https. salutations: {\"en\": \"Dear Prosecutor General\"}, keys"
                    + " 2-3 letter ISO 639 codes.")
    ResponseEntity<Target> create(@RequestBody TargetInput input) {
        Target created = targets.create(input);
        return ResponseEntity.created(URI.create("/api/targets/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace a target's fields; version is required, 409 if it is not the current one")
    Target update(@PathVariable long id, @RequestBody TargetInput input) {
        return targets.update(id, input);
    }
}
