package org.tocsin.cases.incidents;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.tocsin.cases.CaseFiles;
import org.tocsin.web.ConcurrentEditException;
import org.tocsin.web.InvalidInputException;

/** An investigation's form, and its page with the dated updates. */
@Controller
class InvestigationPages {

    private final Investigations investigations;
    private final Incidents incidents;
    private final Sources sources;
    private final CaseFiles cases;
    private final Choices choices;

    InvestigationPages(Investigations investigations, Incidents incidents, Sources sources, CaseFiles cases,
                       Choices choices) {
        this.investigations = investigations;
        this.incidents = incidents;
        this.sources = sources;
        this.cases = cases;
        this.choices = choices;
    }

    @GetMapping("/incidents/{incidentId}/investigations/new")
    String createForm(@PathVariable long incidentId, Model model) {
        context(incidents.get(incidentId), model);
        model.addAttribute("form", InvestigationForm.empty(incidentId));
        return "investigations/form";
    }

    @PostMapping("/incidents/{incidentId}/investigations")
    String create(@PathVariable long incidentId, @Valid @ModelAttribute("form") InvestigationForm form,
                  BindingResult errors, Model model) {
        context(incidents.get(incidentId), model);
        if (errors.hasErrors()) {
            return "investigations/form";
        }
        try {
            return "redirect:/investigations/" + investigations.create(incidentId, form).id();
        } catch (InvalidInputException e) {
            PageSupport.show(e, errors);
            return "investigations/form";
        }
    }

    @GetMapping("/investigations/{id}")
    String show(@PathVariable long id, Model model) {
        return detail(id, model);
    }

    @GetMapping("/investigations/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        Investigation investigation = investigations.get(id);
        model.addAttribute("investigation", investigation);
        model.addAttribute("form", InvestigationForm.of(investigation));
        context(incidents.get(investigation.incidentId()), model);
        return "investigations/form";
    }

    @PostMapping("/investigations/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") InvestigationForm form, BindingResult errors,
                  Model model) {
        Investigation investigation = investigations.get(id);
        model.addAttribute("investigation", investigation);
        context(incidents.get(investigation.incidentId()), model);
        if (errors.hasErrors()) {
            return "investigations/form";
        }
        try {
            investigations.update(id, form);
        } catch (InvalidInputException e) {
            PageSupport.show(e, errors);
            return "investigations/form";
        } catch (ConcurrentEditException e) {
            model.addAttribute("conflict", true);
            return "investigations/form";
        }
        return "redirect:/investigations/" + id;
    }

    @PostMapping("/investigations/{id}/updates")
    String addUpdate(@PathVariable long id, @Valid @ModelAttribute("updateForm") UpdateForm form, BindingResult errors,
                     Model model) {
        investigations.get(id);
        if (!errors.hasErrors()) {
            try {
                investigations.addUpdate(id, form);
                return "redirect:/investigations/" + id + "#updates";
            } catch (InvalidInputException e) {
                PageSupport.show(e, errors);
            }
        }
        return detail(id, model);
    }

    private String detail(long id, Model model) {
        Investigation investigation = investigations.get(id);
        model.addAttribute("investigation", investigation);
        model.addAttribute("updates", investigations.updates(id));
        context(incidents.get(investigation.incidentId()), model);
        if (!model.containsAttribute("updateForm")) {
            model.addAttribute("updateForm", UpdateForm.empty());
        }
        return "investigations/detail";
    }

    private void context(Incident incident, Model model) {
        model.addAttribute("incident", incident);
        model.addAttribute("caseFile", cases.get(incident.caseId()));
        model.addAttribute("organisations", choices.organisations());
        model.addAttribute("sources", sources.options());
    }
}
