package org.tocsin.cases.incidents;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.tocsin.cases.CaseFile;
import org.tocsin.cases.CaseFiles;
import org.tocsin.web.ConcurrentEditException;
import org.tocsin.web.InvalidInputException;
import org.tocsin.web.NotFoundException;

/** An incident's pages: the form, and the page with its parties and the sources' accounts side by side. */
@Controller
class IncidentPages {

    private static final int SPARE_FACT_ROWS = 4;

    private final Incidents incidents;
    private final Accounts accounts;
    private final Investigations investigations;
    private final Sources sources;
    private final CaseFiles cases;
    private final Choices choices;
    private final MessageSource messages;

    IncidentPages(Incidents incidents, Accounts accounts, Investigations investigations, Sources sources,
                  CaseFiles cases, Choices choices, MessageSource messages) {
        this.incidents = incidents;
        this.accounts = accounts;
        this.investigations = investigations;
        this.sources = sources;
        this.cases = cases;
        this.choices = choices;
        this.messages = messages;
    }

    @GetMapping("/cases/{caseId}/incidents/new")
    String createForm(@PathVariable long caseId, Model model) {
        model.addAttribute("caseFile", cases.get(caseId));
        model.addAttribute("form", IncidentForm.empty(caseId));
        model.addAttribute("zones", PageSupport.ZONES);
        return "incidents/form";
    }

    @PostMapping("/cases/{caseId}/incidents")
    String create(@PathVariable long caseId, @Valid @ModelAttribute("form") IncidentForm form, BindingResult errors,
                  Model model) {
        model.addAttribute("caseFile", cases.get(caseId));
        model.addAttribute("zones", PageSupport.ZONES);
        if (errors.hasErrors()) {
            return "incidents/form";
        }
        try {
            return "redirect:/incidents/" + incidents.create(form.withCaseId(caseId)).id();
        } catch (InvalidInputException e) {
            PageSupport.show(e, errors);
            return "incidents/form";
        }
    }

    @GetMapping("/incidents/{id}")
    String show(@PathVariable long id, Model model, Locale locale) {
        return detail(id, model, locale);
    }

    @GetMapping("/incidents/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        Incident incident = incidents.get(id);
        model.addAttribute("incident", incident);
        model.addAttribute("caseFile", cases.get(incident.caseId()));
        model.addAttribute("form", IncidentForm.of(incident));
        model.addAttribute("zones", PageSupport.ZONES);
        return "incidents/form";
    }

    @PostMapping("/incidents/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") IncidentForm form, BindingResult errors,
                  Model model) {
        Incident incident = incidents.get(id);
        model.addAttribute("incident", incident);
        model.addAttribute("caseFile", cases.get(incident.caseId()));
        model.addAttribute("zones", PageSupport.ZONES);
        if (errors.hasErrors()) {
            return "incidents/form";
        }
        try {
            incidents.update(id, form);
        } catch (InvalidInputException e) {
            PageSupport.show(e, errors);
            return "incidents/form";
        } catch (ConcurrentEditException e) {
            model.addAttribute("conflict", true);
            return "incidents/form";
        }
        return "redirect:/incidents/" + id;
    }

    @PostMapping("/incidents/{id}/parties")
    String addParty(@PathVariable long id, @Valid @ModelAttribute("partyForm") PartyForm form, BindingResult errors,
                    Model model, Locale locale) {
        incidents.get(id);
        if (!errors.hasErrors()) {
            try {
                incidents.addParty(id, form);
                return "redirect:/incidents/" + id + "#parties";
            } catch (InvalidInputException e) {
                PageSupport.show(e, errors);
            }
        }
        return detail(id, model, locale);
    }

    @PostMapping("/incidents/{id}/parties/{partyId}/remove")
    String removeParty(@PathVariable long id, @PathVariable long partyId) {
        incidents.removeParty(id, partyId);
        return "redirect:/incidents/" + id + "#parties";
    }

    @PostMapping("/incidents/{id}/accounts")
    String addAccount(@PathVariable long id, @Valid @ModelAttribute("accountForm") AccountForm form,
                      BindingResult errors, Model model, Locale locale) {
        incidents.get(id);
        if (!errors.hasErrors()) {
            try {
                accounts.create(id, form);
                return "redirect:/incidents/" + id + "#accounts";
            } catch (InvalidInputException e) {
                PageSupport.show(e, errors);
            }
        }
        model.addAttribute("factRows", padded(form.facts()));
        model.addAttribute("accountFormOpen", true);
        return detail(id, model, locale);
    }

    @GetMapping("/accounts/{id}/edit")
    String editAccount(@PathVariable long id, Model model) {
        Account account = accounts.get(id);
        model.addAttribute("form", new AccountForm(account.sourceId(), account.summary(), account.facts(),
                account.version()));
        return accountForm(account, padded(account.facts()), model);
    }

    @PostMapping("/accounts/{id}")
    String updateAccount(@PathVariable long id, @Valid @ModelAttribute("form") AccountForm form, BindingResult errors,
                         Model model) {
        Account account = accounts.get(id);
        if (!errors.hasErrors()) {
            try {
                accounts.update(id, form);
                return "redirect:/incidents/" + account.incidentId() + "#accounts";
            } catch (InvalidInputException e) {
                PageSupport.show(e, errors);
            } catch (ConcurrentEditException e) {
                model.addAttribute("conflict", true);
            }
        }
        return accountForm(account, padded(form.facts()), model);
    }

    @PostMapping("/accounts/{id}/remove")
    String removeAccount(@PathVariable long id) {
        Account account = accounts.get(id);
        accounts.remove(id);
        return "redirect:/incidents/" + account.incidentId() + "#accounts";
    }

    private String accountForm(Account account, List<Fact> rows, Model model) {
        Incident incident = incidents.get(account.incidentId());
        model.addAttribute("account", account);
        model.addAttribute("incident", incident);
        model.addAttribute("caseFile", cases.get(incident.caseId()));
        model.addAttribute("factRows", rows);
        model.addAttribute("factKeys", accounts.factKeys(incident.id()));
        model.addAttribute("sources", sources.options());
        return "incidents/account-form";
    }

    /** Fills the incident page; forms that came back with errors are already in the model and stay. */
    private String detail(long id, Model model, Locale locale) {
        Incident incident = incidents.get(id);
        CaseFile caseFile = cases.find(incident.caseId()).orElseThrow(() -> new NotFoundException("case", incident.caseId()));
        List<Account> accountList = accounts.forIncident(id);
        Set<String> disagreements = accounts.disagreements(id).stream().map(Disagreement::factKey)
                .collect(Collectors.toSet());
        model.addAttribute("incident", incident);
        model.addAttribute("caseFile", caseFile);
        model.addAttribute("parties", incidents.parties(id));
        model.addAttribute("accounts", accountList);
        model.addAttribute("factKeys", accounts.factKeys(id));
        model.addAttribute("disagreements", disagreements);
        model.addAttribute("accountSummary",
                PageSupport.count(messages, "incidents.count.sources", accountList.size(), locale) + " · "
                        + PageSupport.count(messages, "incidents.count.disagreements", disagreements.size(), locale));
        model.addAttribute("investigations", investigations.forIncident(id));
        model.addAttribute("persons", choices.persons());
        model.addAttribute("organisations", choices.organisations());
        model.addAttribute("sources", sources.options());
        if (!model.containsAttribute("partyForm")) {
            model.addAttribute("partyForm", PartyForm.empty());
        }
        if (!model.containsAttribute("accountForm")) {
            model.addAttribute("accountForm", new AccountForm(null, "", List.of(), null));
            model.addAttribute("factRows", padded(List.of()));
        }
        return "incidents/detail";
    }

    /** The fact rows a form shows: those entered plus a few blank ones. */
    private static List<Fact> padded(List<Fact> facts) {
        List<Fact> rows = new ArrayList<>(facts == null ? List.of() : facts);
        rows.replaceAll(f -> f == null ? new Fact("", "") : f);
        for (int i = 0; i < SPARE_FACT_ROWS; i++) {
            rows.add(new Fact("", ""));
        }
        return rows;
    }
}
