package org.tocsin.actions;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.security.Principal;
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
import org.tocsin.actions.StepForms.CloseForm;
import org.tocsin.actions.StepForms.CorrectionForm;
import org.tocsin.actions.StepForms.ExtendForm;
import org.tocsin.actions.StepForms.FollowUpForm;
import org.tocsin.actions.StepForms.IssueForm;
import org.tocsin.actions.Views.ActionRow;
import org.tocsin.actions.Views.Correction;
import org.tocsin.actions.Views.Details;
import org.tocsin.web.Page;

@RestController
@RequestMapping("/api/actions")
@Tag(name = "Urgent actions", description = "Urgent actions and follow-ups: drafts, issue, follow-up, deadline extensions, closing with an outcome")
class ActionApi {

    record ActionList(List<ActionRow> items, int page, int size, long total) {
    }

    private final UrgentActions actions;

    ActionApi(UrgentActions actions) {
        this.actions = actions;
    }

    @GetMapping
    @Operation(summary = "Urgent actions, filtered and sorted",
            description = "status: draft, issued or closed; country: part of the country name; due: issued UAs whose"
                    + " deadline is within that many days from today; caseId: one case's UAs; sort: deadline (soonest"
                    + " first, default), issued (newest first) or code.")
    ActionList list(@RequestParam(required = false) String status, @RequestParam(required = false) String country,
                    @RequestParam(required = false) Integer due, @RequestParam(required = false) Long caseId,
                    @RequestParam(defaultValue = "deadline") String sort, @RequestParam(defaultValue = "1") int page,
                    @RequestParam(defaultValue = "25") int size) {
        int limit = Math.clamp(size, 1, 200);
        UrgentActions.Listing listing = actions.list(new UrgentActions.Filter(status, country, due, caseId, sort),
                Page.offset(page, limit), limit);
        return new ActionList(listing.items(), Math.max(1, page), limit, listing.total());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One UA with its persons at risk, targets, chain, deadline history and corrections",
            description = "action.code is the code this UA is known by (null for a draft in Tocsin's own schemes and"
                    + " for a UA without a code); chain lists the original and every follow-up in order.")
    Details get(@PathVariable long id) {
        return actions.details(id);
    }

    @GetMapping("/{id}/chain")
    @Operation(summary = "The original of the UA's chain and every follow-up, in order")
    List<ActionRow> chain(@PathVariable long id) {
        return actions.chain(id);
    }

    @PostMapping
    @Operation(summary = "Create a draft UA in a case",
            description = "codeScheme: amnesty or observatory (Tocsin gives the code on issue), external (code as"
                    + " given by another organisation, unique) or none (no code; say why in codeNote). persons:"
                    + " [{personId, gender}] among the case's persons at risk; targetIds in order; languages: ISO"
                    + " 639-1 codes and \"own\"; themes: codes from the fixed vocabulary (human_rights_defenders,"
                    + " journalists, torture, arbitrary_detention, enforced_disappearance, unfair_trial,"
                    + " freedom_of_expression, freedom_of_assembly, death_penalty, women_rights, lgbti,"
                    + " refugees_migrants, indigenous_peoples, impunity); dates YYYY-MM-DD.")
    ResponseEntity<UrgentAction> create(@Valid @RequestBody ActionForm form) {
        UrgentAction created = actions.create(form);
        return ResponseEntity.created(URI.create("/api/actions/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace a draft's fields; 409 if version is not the current one; 400 once issued or closed")
    UrgentAction update(@PathVariable long id, @Valid @RequestBody ActionForm form) {
        return actions.updateDraft(id, form);
    }

    @PostMapping("/{id}/issue")
    @Operation(summary = "Issue a draft",
            description = "Needs a person at risk, a recommended action, a target and a deadline after the issue date;"
                    + " every missing item is listed at once in errors. Gives the code in the amnesty and observatory"
                    + " schemes. 409 on a stale version.")
    UrgentAction issue(@PathVariable long id, @Valid @RequestBody IssueForm form) {
        return actions.issue(id, form.version(), form.issuedOn());
    }

    @PostMapping("/{id}/follow-ups")
    @Operation(summary = "Start the next follow-up of an issued or closed UA, as a draft",
            description = "kind: further_information, update or closure (default by scheme). It copies the text,"
                    + " persons and targets and takes the next code of the chain (UA 315/14 further information 2;"
                    + " RUS 004 / 1214 / OBS 093.2). 400 for a draft.")
    ResponseEntity<UrgentAction> followUp(@PathVariable long id, @Valid @RequestBody(required = false) FollowUpForm form) {
        UrgentAction created = actions.followUp(id, form == null ? null : form.kind());
        return ResponseEntity.created(URI.create("/api/actions/" + created.id())).body(created);
    }

    @PostMapping("/{id}/extend")
    @Operation(summary = "Extend an issued UA's deadline; the previous one is kept in the history")
    UrgentAction extend(@PathVariable long id, @Valid @RequestBody ExtendForm form, Principal principal) {
        return actions.extendDeadline(id, form, principal == null ? null : principal.getName());
    }

    @PostMapping("/{id}/close")
    @Operation(summary = "Close an issued UA with its outcome",
            description = "response (HURIDOCS Events Standard Formats, status as regards response): responded_favourably,"
                    + " pledged_commitment, denied_event, took_steps_to_inhibit, requested_information, token_response,"
                    + " no_response, other. impact (impact on the situation): strongly_positive, moderately_positive,"
                    + " minor_impact, no_impact, moderately_negative, strongly_negative, unknown.")
    UrgentAction close(@PathVariable long id, @Valid @RequestBody CloseForm form) {
        return actions.close(id, form);
    }

    @PostMapping("/{id}/corrections")
    @Operation(summary = "Record a correction beside an issued or closed UA (its text is never edited)")
    ResponseEntity<Correction> correct(@PathVariable long id, @Valid @RequestBody CorrectionForm form,
                                       Principal principal) {
        Correction created = actions.correct(id, form.note(), form.followUpId(),
                principal == null ? null : principal.getName());
        return ResponseEntity.created(URI.create("/api/actions/" + id + "#correction-" + created.id())).body(created);
    }
}
