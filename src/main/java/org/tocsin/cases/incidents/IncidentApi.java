package org.tocsin.cases.incidents;

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
@RequestMapping("/api/incidents")
@Tag(name = "Incidents")
class IncidentApi {

    record IncidentList(List<Incident> items, int page, int size, long total) {
    }

    record IncidentDetail(Incident incident, List<Party> parties, List<Account> accounts,
                          List<Disagreement> disagreements, List<Investigation> investigations) {
    }

    record Items<T>(List<T> items, int page, int size, long total) {
        static <T> Items<T> all(List<T> items) {
            return new Items<>(items, 1, items.size(), items.size());
        }
    }

    private final Incidents incidents;
    private final Accounts accounts;
    private final Investigations investigations;

    IncidentApi(Incidents incidents, Accounts accounts, Investigations investigations) {
        this.incidents = incidents;
        this.accounts = accounts;
        this.investigations = investigations;
    }

    @GetMapping
    @Operation(summary = "Incidents in the order they happened; caseId keeps those of one case")
    IncidentList list(@RequestParam(required = false) Long caseId, @RequestParam(defaultValue = "1") int page,
                      @RequestParam(defaultValue = "25") int size) {
        int limit = Math.clamp(size, 1, 200);
        Incidents.Listing listing = incidents.list(caseId, Page.offset(page, limit), limit);
        return new IncidentList(listing.items(), Math.max(1, page), limit, listing.total());
    }

    @GetMapping("/{id}")
    @Operation(summary = "An incident with its parties, every source's account and facts, and the facts they disagree on")
    IncidentDetail get(@PathVariable long id) {
        return new IncidentDetail(incidents.get(id), incidents.parties(id), accounts.forIncident(id),
                accounts.disagreements(id), investigations.forIncident(id));
    }

    @PostMapping
    @Operation(summary = "Create an incident in the case caseId; date is YYYY-MM-DD, YYYY-MM or YYYY")
    ResponseEntity<Incident> create(@Valid @RequestBody IncidentForm form) {
        Incident created = incidents.create(form);
        return ResponseEntity.created(URI.create("/api/incidents/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace an incident's fields (not its case); 409 if version is not the current one")
    Incident update(@PathVariable long id, @Valid @RequestBody IncidentForm form) {
        return incidents.update(id, form);
    }

    @GetMapping("/{id}/parties")
    Items<Party> parties(@PathVariable long id) {
        incidents.get(id);
        return Items.all(incidents.parties(id));
    }

    @PostMapping("/{id}/parties")
    @Operation(summary = "Add a party: a role and exactly one of personId, organisationId or groupLabel")
    ResponseEntity<Party> addParty(@PathVariable long id, @Valid @RequestBody PartyForm form) {
        Party party = incidents.addParty(id, form);
        return ResponseEntity.created(URI.create("/api/incidents/" + id + "/parties/" + party.id())).body(party);
    }

    @DeleteMapping("/{id}/parties/{partyId}")
    ResponseEntity<Void> removeParty(@PathVariable long id, @PathVariable long partyId) {
        incidents.removeParty(id, partyId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/accounts")
    Items<Account> accounts(@PathVariable long id) {
        incidents.get(id);
        return Items.all(accounts.forIncident(id));
    }

    @PostMapping("/{id}/accounts")
    @Operation(summary = "Add a source's account with its facts; one account per source and incident")
    ResponseEntity<Account> addAccount(@PathVariable long id, @Valid @RequestBody AccountForm form) {
        Account account = accounts.create(id, form);
        return ResponseEntity.created(URI.create("/api/incidents/" + id + "/accounts/" + account.id())).body(account);
    }

    @GetMapping("/{id}/accounts/{accountId}")
    Account account(@PathVariable long id, @PathVariable long accountId) {
        return accountOf(id, accountId);
    }

    @PutMapping("/{id}/accounts/{accountId}")
    @Operation(summary = "Replace an account's source, summary and facts; 409 if version is not the current one")
    Account updateAccount(@PathVariable long id, @PathVariable long accountId, @Valid @RequestBody AccountForm form) {
        accountOf(id, accountId);
        return accounts.update(accountId, form);
    }

    @DeleteMapping("/{id}/accounts/{accountId}")
    ResponseEntity<Void> removeAccount(@PathVariable long id, @PathVariable long accountId) {
        accountOf(id, accountId);
        accounts.remove(accountId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/disagreements")
    Items<Disagreement> disagreements(@PathVariable long id) {
        incidents.get(id);
        return Items.all(accounts.disagreements(id));
    }

    private Account accountOf(long incidentId, long accountId) {
        Account account = accounts.get(accountId);
        if (account.incidentId() != incidentId) {
            throw new NotFoundException("account", accountId);
        }
        return account;
    }
}
