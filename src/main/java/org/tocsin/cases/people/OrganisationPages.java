package org.tocsin.cases.people;

import jakarta.validation.Valid;
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
import org.tocsin.web.ConcurrentEditException;
import org.tocsin.web.InvalidInputException;
import org.tocsin.web.Page;

@Controller
@RequestMapping("/organisations")
class OrganisationPages {

    private final Organisations organisations;

    OrganisationPages(Organisations organisations) {
        this.organisations = organisations;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "1") int page, Model model) {
        int size = Page.DEFAULT_SIZE;
        Organisations.Listing listing = organisations.list(q, Page.offset(page, size), size);
        model.addAttribute("q", q);
        model.addAttribute("page", new Page<>(listing.items(), Math.max(1, page), size, listing.total(),
                n -> UriComponentsBuilder.fromPath("/organisations").queryParam("q", q).queryParam("page", n)
                        .toUriString()));
        return "people/organisations";
    }

    @GetMapping("/new")
    String createForm(Model model) {
        model.addAttribute("form", OrganisationForm.empty());
        return form(model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") OrganisationForm form, BindingResult errors, Model model) {
        if (errors.hasErrors()) {
            return form(model);
        }
        try {
            return "redirect:/organisations/" + organisations.create(form).id();
        } catch (InvalidInputException e) {
            FormErrors.add(errors, e);
            return form(model);
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("organisation", organisations.get(id));
        model.addAttribute("children", organisations.children(id));
        model.addAttribute("members", organisations.members(id));
        return "people/organisation";
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        Organisation organisation = organisations.get(id);
        model.addAttribute("organisation", organisation);
        model.addAttribute("form", OrganisationForm.of(organisation));
        return form(model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") OrganisationForm form, BindingResult errors,
                  Model model) {
        model.addAttribute("organisation", organisations.get(id));
        if (errors.hasErrors()) {
            return form(model);
        }
        try {
            organisations.update(id, form);
            return "redirect:/organisations/" + id;
        } catch (InvalidInputException e) {
            FormErrors.add(errors, e);
        } catch (ConcurrentEditException e) {
            model.addAttribute("conflict", true);
        }
        return form(model);
    }

    private String form(Model model) {
        model.addAttribute("parents", organisations.options());
        return "people/organisation-form";
    }
}
