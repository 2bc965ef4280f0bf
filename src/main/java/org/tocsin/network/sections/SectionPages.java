package org.tocsin.network.sections;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
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
import org.springframework.web.util.UriComponentsBuilder;
import org.tocsin.actions.targets.Target;
import org.tocsin.actions.targets.TargetForm;
import org.tocsin.web.ConcurrentEditException;
import org.tocsin.web.InvalidInputException;
import org.tocsin.web.Page;

/** Staff pages of sections: the list, a section with its coordinators, local targets and localisations, the forms. */
@Controller
@RequestMapping("/sections")
class SectionPages {

    private final Sections sections;
    private final Localisations localisations;

    SectionPages(Sections sections, Localisations localisations) {
        this.sections = sections;
        this.localisations = localisations;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "1") int page, Model model, Locale locale) {
        int size = Page.DEFAULT_SIZE;
        Sections.Listing listing = sections.list(Page.offset(page, size), size);
        model.addAttribute("page", new Page<>(listing.items(), Math.max(1, page), size, listing.total(),
                n -> UriComponentsBuilder.fromPath("/sections").queryParam("page", n).toUriString()));
        model.addAttribute("canAdminister", sections.canAdminister());
        model.addAttribute("names", new Names(locale));
        return "sections/list";
    }

    @GetMapping("/new")
    String createForm(Model model, Locale locale) {
        requireAdministrator();
        return form(SectionForm.empty(), null, model, locale);
    }

    @PostMapping
    String create(@ModelAttribute("form") SectionForm form, BindingResult errors, Model model, Locale locale,
                  HttpServletResponse response) {
        requireAdministrator();
        try {
            return "redirect:/sections/" + sections.create(form.toInput()).id();
        } catch (InvalidInputException e) {
            FormErrors.show(e, errors);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(form, null, model, locale);
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model, Locale locale) {
        Section section = sections.get(id);
        model.addAttribute("section", section);
        model.addAttribute("coordinators", sections.coordinators(id));
        model.addAttribute("localTargets", sections.localTargets(id));
        model.addAttribute("localisations", localisations.forSection(id));
        model.addAttribute("canManage", sections.canManage(id));
        model.addAttribute("canAdminister", sections.canAdminister());
        model.addAttribute("names", new Names(locale));
        return "sections/detail";
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model, Locale locale) {
        requireAdministrator();
        Section section = sections.get(id);
        return form(SectionForm.of(section, sections.coordinators(id)), section, model, locale);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") SectionForm form, BindingResult errors, Model model,
                  Locale locale, HttpServletResponse response) {
        requireAdministrator();
        Section section = sections.get(id);
        try {
            sections.update(id, form.toInput());
        } catch (InvalidInputException e) {
            FormErrors.show(e, errors);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(form, section, model, locale);
        } catch (ConcurrentEditException e) {
            model.addAttribute("conflict", true);
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return form(form, section, model, locale);
        }
        return "redirect:/sections/" + id;
    }

    // ---------------------------------------------------------------- local targets

    @GetMapping("/{id}/targets/new")
    String newTarget(@PathVariable long id, Model model) {
        sections.requireSectionWork();
        Section section = sections.get(id);
        requireManage(id);
        return targetForm(section, null, TargetForm.empty(), model);
    }

    @PostMapping("/{id}/targets")
    String addTarget(@PathVariable long id, @ModelAttribute("form") TargetForm form, BindingResult errors, Model model,
                     HttpServletResponse response) {
        sections.requireSectionWork();
        Section section = sections.get(id);
        try {
            sections.addLocalTarget(id, form.toInput());
        } catch (InvalidInputException e) {
            FormErrors.show(e, errors);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return targetForm(section, null, form, model);
        }
        return "redirect:/sections/" + id + "#local-targets";
    }

    @GetMapping("/{id}/targets/{targetId}/edit")
    String editTarget(@PathVariable long id, @PathVariable long targetId, Model model) {
        sections.requireSectionWork();
        Target target = sections.localTarget(id, targetId);
        requireManage(id);
        return targetForm(sections.get(id), target, TargetForm.of(target), model);
    }

    @PostMapping("/{id}/targets/{targetId}")
    String updateTarget(@PathVariable long id, @PathVariable long targetId, @ModelAttribute("form") TargetForm form,
                        BindingResult errors, Model model, HttpServletResponse response) {
        sections.requireSectionWork();
        Section section = sections.get(id);
        Target target = sections.localTarget(id, targetId);
        try {
            sections.updateLocalTarget(id, targetId, form.toInput());
        } catch (InvalidInputException e) {
            FormErrors.show(e, errors);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return targetForm(section, target, form, model);
        } catch (ConcurrentEditException e) {
            model.addAttribute("conflict", true);
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return targetForm(section, target, form, model);
        }
        return "redirect:/sections/" + id + "#local-targets";
    }

    /** The forms are refused up front, not only on saving, to those who could not save them. */
    private void requireAdministrator() {
        sections.requireAdministrator();
    }

    private void requireManage(long sectionId) {
        if (!sections.canManage(sectionId)) {
            throw new AccessDeniedException("not a coordinator of section " + sectionId);
        }
    }

    private String targetForm(Section section, Target target, TargetForm form, Model model) {
        model.addAttribute("section", section);
        model.addAttribute("target", target);
        model.addAttribute("form", form);
        return "sections/target-form";
    }

    private String form(SectionForm form, Section section, Model model, Locale locale) {
        model.addAttribute("form", form);
        model.addAttribute("section", section);
        model.addAttribute("candidates", sections.candidates());
        model.addAttribute("names", new Names(locale));
        return "sections/form";
    }
}
