package org.tocsin.actions;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.BeansException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import org.tocsin.actions.ActionForm.PersonEntry;
import org.tocsin.actions.StepForms.CloseForm;
import org.tocsin.actions.StepForms.CorrectionForm;
import org.tocsin.actions.StepForms.ExtendForm;
import org.tocsin.actions.Views.Details;
import org.tocsin.actions.targets.Target;
import org.tocsin.actions.targets.TargetOption;
import org.tocsin.actions.targets.Targets;
import org.tocsin.cases.CaseFile;
import org.tocsin.cases.CaseFiles;
import org.tocsin.cases.CaseOverview;
import org.tocsin.web.ConcurrentEditException;
import org.tocsin.web.InvalidInputException;
import org.tocsin.web.Page;

/** Staff pages: the UA list, the UA page with its chain, and the forms of each lifecycle step. */
@Controller
@RequestMapping("/actions")
class ActionPages {

    private static final int SPARE_ROWS = 3;
    /** The most a target picker lists (the directory caps it there too). */
    private static final int PICKER_SIZE = 500;

    private final UrgentActions actions;
    private final Targets targets;
    private final CaseFiles cases;
    private final CaseOverview caseOverview;
    private final MessageSource messages;
    private final String defaultScheme;

    ActionPages(UrgentActions actions, Targets targets, CaseFiles cases, CaseOverview caseOverview,
                MessageSource messages,
                @org.springframework.beans.factory.annotation.Value("${tocsin.actions.code-scheme:amnesty}") String defaultScheme) {
        this.actions = actions;
        this.targets = targets;
        this.cases = cases;
        this.caseOverview = caseOverview;
        this.messages = messages;
        this.defaultScheme = CodeScheme.CODES.contains(defaultScheme) ? defaultScheme : "amnesty";
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "") String status, @RequestParam(defaultValue = "") String country,
                @RequestParam(required = false) Integer due, @RequestParam(required = false) Long caseId,
                @RequestParam(defaultValue = "deadline") String sort, @RequestParam(defaultValue = "1") int page,
                Model model) {
        // The case page links here (its fallback without JavaScript): an unknown case is a 404, not an empty list.
        CaseFile caseFile = caseId == null ? null : cases.get(caseId);
        String shownStatus = UrgentAction.STATUSES.contains(status) ? status : "";
        String shownSort = UrgentActions.Filter.SORTS.contains(sort) ? sort : "deadline";
        Integer dueDays = due == null || due < 0 ? null : Math.min(due, 3650);
        int size = Page.DEFAULT_SIZE;
        UrgentActions.Listing listing = actions.list(
                new UrgentActions.Filter(shownStatus, country, dueDays, caseId, shownSort), Page.offset(page, size), size);
        model.addAttribute("status", shownStatus);
        model.addAttribute("country", country);
        model.addAttribute("due", dueDays);
        model.addAttribute("sort", shownSort);
        model.addAttribute("caseFile", caseFile);
        model.addAttribute("filtered", !shownStatus.isEmpty() || !country.isBlank() || dueDays != null || caseId != null);
        model.addAttribute("today", actions.today());
        model.addAttribute("page", new Page<>(listing.items(), Math.max(1, page), size, listing.total(),
                n -> UriComponentsBuilder.fromPath("/actions").queryParam("status", shownStatus)
                        .queryParam("country", country).queryParamIfPresent("due", java.util.Optional.ofNullable(dueDays))
                        .queryParamIfPresent("caseId", java.util.Optional.ofNullable(caseId))
                        .queryParam("sort", shownSort).queryParam("page", n).toUriString()));
        return "actions/list";
    }

    /** Without a case: pick the case first, since persons at risk come from it. */
    @GetMapping("/new")
    String createForm(@RequestParam(required = false) Long caseId, Model model) {
        if (caseId == null) {
            model.addAttribute("cases", cases.list("", 0, 500).items());
            return "actions/choose-case";
        }
        CaseFile caseFile = cases.get(caseId);
        return form(ActionForm.empty(caseId, defaultScheme, caseFile.country()), null, model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") ActionForm form, BindingResult errors, Model model) {
        if (form.caseId() == null) {
            return "redirect:/actions/new";
        }
        cases.get(form.caseId());
        if (errors.hasErrors()) {
            return form(form, null, model);
        }
        try {
            return "redirect:/actions/" + actions.create(form).id();
        } catch (InvalidInputException e) {
            show(e, errors);
            return form(form, null, model);
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        Details details = actions.details(id);
        model.addAttribute("d", details);
        model.addAttribute("a", details.action());
        model.addAttribute("today", actions.today());
        model.addAttribute("endedTargets", details.endedTargets(actions.today()));
        if (!model.containsAttribute("correctionForm")) {
            model.addAttribute("correctionForm", new CorrectionForm("", null));
        }
        return "actions/detail";
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        UrgentAction action = actions.get(id);
        if (!action.isDraft()) {
            return "redirect:/actions/" + id;
        }
        List<PersonEntry> persons = actions.persons(id).stream()
                .map(p -> new PersonEntry(p.personId(), p.gender() == null ? "" : p.gender())).toList();
        List<Long> targetIds = actions.targets(id).stream().map(Target::id).toList();
        return form(ActionForm.of(action, persons, targetIds), action, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") ActionForm form, BindingResult errors,
                  Model model) {
        UrgentAction action = actions.get(id);
        if (errors.hasErrors()) {
            return form(form, action, model);
        }
        try {
            actions.updateDraft(id, form);
        } catch (ConcurrentEditException e) {
            model.addAttribute("conflict", true);
            return form(form, action, model);
        } catch (InvalidInputException e) {
            show(e, errors);
            return form(form, action, model);
        }
        return "redirect:/actions/" + id;
    }

    @PostMapping("/{id}/issue")
    String issue(@PathVariable long id, @RequestParam(required = false) Integer version,
                 @RequestParam(required = false) String issuedOn, Model model, Locale locale,
                 HttpServletResponse response) {
        try {
            actions.issue(id, version, issuedOn);
        } catch (ConcurrentEditException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("conflict", true);
            return show(id, model);
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("stepErrors", describe(e, locale));
            return show(id, model);
        }
        return "redirect:/actions/" + id;
    }

    @PostMapping("/{id}/follow-up")
    String followUp(@PathVariable long id, @RequestParam(required = false) String kind, Model model, Locale locale,
                    HttpServletResponse response) {
        try {
            return "redirect:/actions/" + actions.followUp(id, kind).id() + "/edit";
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("stepErrors", describe(e, locale));
            return show(id, model);
        }
    }

    @PostMapping("/{id}/corrections")
    String correct(@PathVariable long id, @Valid @ModelAttribute("correctionForm") CorrectionForm form,
                   BindingResult errors, Principal principal, Model model, HttpServletResponse response) {
        if (!errors.hasErrors()) {
            try {
                actions.correct(id, form.note(), form.followUpId(), principal == null ? null : principal.getName());
                return "redirect:/actions/" + id + "#corrections";
            } catch (InvalidInputException e) {
                show(e, errors);
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return show(id, model);
    }

    @GetMapping("/{id}/extend")
    String extendForm(@PathVariable long id, Model model) {
        UrgentAction action = actions.get(id);
        model.addAttribute("a", action);
        model.addAttribute("form", new ExtendForm(action.deadline() == null ? "" : action.deadline().toString(), "",
                action.version()));
        return "actions/extend";
    }

    @PostMapping("/{id}/extend")
    String extend(@PathVariable long id, @Valid @ModelAttribute("form") ExtendForm form, BindingResult errors,
                  Principal principal, Model model) {
        model.addAttribute("a", actions.get(id));
        if (errors.hasErrors()) {
            return "actions/extend";
        }
        try {
            actions.extendDeadline(id, form, principal == null ? null : principal.getName());
        } catch (ConcurrentEditException e) {
            model.addAttribute("conflict", true);
            return "actions/extend";
        } catch (InvalidInputException e) {
            show(e, errors);
            return "actions/extend";
        }
        return "redirect:/actions/" + id + "#deadline";
    }

    @GetMapping("/{id}/close")
    String closeForm(@PathVariable long id, Model model) {
        UrgentAction action = actions.get(id);
        model.addAttribute("a", action);
        model.addAttribute("form", new CloseForm("", "", "", actions.today().toString(), action.version()));
        return "actions/close";
    }

    @PostMapping("/{id}/close")
    String close(@PathVariable long id, @Valid @ModelAttribute("form") CloseForm form, BindingResult errors,
                 Model model) {
        model.addAttribute("a", actions.get(id));
        if (errors.hasErrors()) {
            return "actions/close";
        }
        try {
            actions.close(id, form);
        } catch (ConcurrentEditException e) {
            model.addAttribute("conflict", true);
            return "actions/close";
        } catch (InvalidInputException e) {
            show(e, errors);
            return "actions/close";
        }
        return "redirect:/actions/" + id;
    }

    /** The case's urgent actions as a page fragment, for the case page to include (hx-get). */
    @GetMapping("/for-case/{caseId}")
    String forCase(@PathVariable long caseId, Model model) {
        model.addAttribute("caseFile", cases.get(caseId));
        model.addAttribute("rows", actions.forCase(caseId));
        return "actions/for-case :: actions";
    }

    private String form(ActionForm form, UrgentAction action, Model model) {
        long caseId = action != null ? action.caseId() : form.caseId();
        model.addAttribute("form", form);
        model.addAttribute("action", action);
        model.addAttribute("caseFile", cases.get(caseId));
        model.addAttribute("candidates", caseOverview.personsAtRisk(caseId));
        List<TargetOption> options = targets.options("", actions.today(), PICKER_SIZE);
        model.addAttribute("targetOptions", options);
        model.addAttribute("today", actions.today());
        model.addAttribute("endedTargets", options.stream()
                .filter(o -> form.targets().contains(o.id()) && o.termEnded()).toList());
        model.addAttribute("actionRows", padded(form.actions(), ""));
        model.addAttribute("languageRows", padded(form.languageCodes(), ""));
        model.addAttribute("targetRows", padded(form.targets(), null));
        return "actions/form";
    }

    private static <T> List<T> padded(List<T> values, T blank) {
        List<T> rows = new ArrayList<>(values);
        for (int i = 0; i < SPARE_ROWS; i++) {
            rows.add(blank);
        }
        return rows;
    }

    /** A service's field errors as sentences naming the field, for steps that have no form of their own. */
    private List<String> describe(InvalidInputException e, Locale locale) {
        return e.errors().stream()
                .map(error -> messages.getMessage("actions.field." + error.field(), null, error.field(), locale) + ": "
                        + messages.getMessage(error.messageKey(), error.arguments(), error.messageKey(), locale))
                .toList();
    }

    /** Puts a service's field errors on the form; an error about a field the form lacks goes on top. */
    static void show(InvalidInputException e, BindingResult errors) {
        for (InvalidInputException.FieldError error : e.errors()) {
            try {
                errors.rejectValue(error.field(), error.messageKey(), error.arguments(), null);
            } catch (BeansException notAFieldOfThisForm) {
                errors.reject(error.messageKey(), error.arguments(), null);
            }
        }
    }
}
