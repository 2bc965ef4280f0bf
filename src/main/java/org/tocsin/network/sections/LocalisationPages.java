package org.tocsin.network.sections;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.tocsin.actions.UrgentAction;
import org.tocsin.actions.UrgentActions;
import org.tocsin.web.ConcurrentEditException;
import org.tocsin.web.InvalidInputException;

/** Staff pages of localisations, and the fragment the UA page loads to list them. */
@Controller
@RequestMapping("/sections/localisations")
class LocalisationPages {

    private final Localisations localisations;
    private final Sections sections;
    private final UrgentActions actions;
    private final MessageSource messages;

    LocalisationPages(Localisations localisations, Sections sections, UrgentActions actions, MessageSource messages) {
        this.localisations = localisations;
        this.sections = sections;
        this.actions = actions;
        this.messages = messages;
    }

    /** For the UA page: {@code <section hx-get="/sections/localisations/for-action/{id}" hx-trigger="load">}. */
    @GetMapping("/for-action/{actionId}")
    String forAction(@PathVariable long actionId, Model model, Locale locale) {
        UrgentAction action = actions.get(actionId);
        List<Localisations.Listed> rows = localisations.forAction(actionId);
        Set<String> done = rows.stream().map(r -> r.localisation().sectionId() + ":" + r.localisation().language())
                .collect(Collectors.toSet());
        // Each section the user coordinates, with the languages it has not localised this UA in yet.
        Map<Section, List<String>> open = new LinkedHashMap<>();
        for (Section s : sections.manageable()) {
            List<String> left = s.languages().stream().filter(l -> !done.contains(s.id() + ":" + l)).toList();
            if (!left.isEmpty()) {
                open.put(s, left);
            }
        }
        model.addAttribute("action", action);
        model.addAttribute("rows", rows);
        model.addAttribute("open", open);
        model.addAttribute("names", new Names(locale));
        return "sections/for-action :: localisations";
    }

    @GetMapping("/new")
    String createForm(@RequestParam(required = false) Long actionId, @RequestParam(required = false) Long sectionId,
                      @RequestParam(required = false) String language, Model model, Locale locale) {
        // Who may localise at all is settled before the request's parameters are judged.
        sections.requireSectionWork();
        if (actionId == null || sectionId == null || language == null) {
            // Only a hand-made link lacks them: the UA page's links carry all three.
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "actionId, sectionId and language are required");
        }
        LocalisationInput start = localisations.prefill(actionId, sectionId, language);
        return form(LocalisationForm.of(actionId, sectionId, start), null, model, locale);
    }

    @PostMapping
    String create(@ModelAttribute("form") LocalisationForm form, BindingResult errors, Model model, Locale locale,
                  HttpServletResponse response) {
        sections.requireSectionWork();
        if (form.actionId() == null || form.sectionId() == null) {
            // Hidden fields of the form: missing only from a hand-made request, which has no form to show again.
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "actionId and sectionId are required");
        }
        try {
            return "redirect:/sections/localisations/" + localisations.create(form.actionId(), form.sectionId(),
                    form.toInput()).id();
        } catch (InvalidInputException e) {
            FormErrors.show(e, errors);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(form, null, model, locale);
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model, Locale locale) {
        Localisation l = localisations.get(id);
        model.addAttribute("l", l);
        model.addAttribute("action", actions.get(l.actionId()));
        model.addAttribute("section", sections.get(l.sectionId()));
        model.addAttribute("localTargets", localisations.targets(id));
        model.addAttribute("newer", localisations.newerFollowUp(l).orElse(null));
        model.addAttribute("canManage", sections.canManage(l.sectionId()));
        model.addAttribute("names", new Names(locale));
        return "sections/localisation";
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model, Locale locale) {
        sections.requireSectionWork();
        Localisation l = localisations.get(id);
        if (!sections.canManage(l.sectionId())) {
            throw new AccessDeniedException("not a coordinator of section " + l.sectionId());
        }
        return form(LocalisationForm.of(l, localisations.targetIds(id)), l, model, locale);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") LocalisationForm form, BindingResult errors,
                  Model model, Locale locale, HttpServletResponse response) {
        sections.requireSectionWork();
        Localisation l = localisations.get(id);
        try {
            localisations.update(id, form.toInput());
        } catch (InvalidInputException e) {
            FormErrors.show(e, errors);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(form, l, model, locale);
        } catch (ConcurrentEditException e) {
            model.addAttribute("conflict", true);
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return form(form, l, model, locale);
        }
        return "redirect:/sections/localisations/" + id;
    }

    @PostMapping("/{id}/publish")
    String publish(@PathVariable long id, @RequestParam(required = false) Integer version, Model model, Locale locale,
                   HttpServletResponse response) {
        sections.requireSectionWork();
        try {
            localisations.publish(id, version);
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("stepErrors", e.errors().stream()
                    .map(err -> messages.getMessage(err.messageKey(), err.arguments(), err.messageKey(), locale)).toList());
            return show(id, model, locale);
        } catch (ConcurrentEditException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("conflict", true);
            return show(id, model, locale);
        }
        return "redirect:/sections/localisations/" + id;
    }

    @PostMapping("/{id}/reviewed")
    String reviewed(@PathVariable long id, @RequestParam(required = false) Integer version, Model model, Locale locale,
                    HttpServletResponse response) {
        sections.requireSectionWork();
        try {
            localisations.markReviewed(id, version);
        } catch (ConcurrentEditException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("conflict", true);
            return show(id, model, locale);
        }
        return "redirect:/sections/localisations/" + id;
    }

    private String form(LocalisationForm form, Localisation localisation, Model model, Locale locale) {
        long sectionId = localisation != null ? localisation.sectionId() : form.sectionId();
        long actionId = localisation != null ? localisation.actionId() : form.actionId();
        model.addAttribute("form", form);
        model.addAttribute("l", localisation);
        model.addAttribute("section", sections.get(sectionId));
        model.addAttribute("action", actions.get(actionId));
        model.addAttribute("localTargets", sections.localTargets(sectionId));
        model.addAttribute("names", new Names(locale));
        return "sections/localisation-form";
    }
}
