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
@RequestMapping("/persons")
class PersonPages {

    private final Persons persons;
    private final Organisations organisations;

    PersonPages(Persons persons, Organisations organisations) {
        this.persons = persons;
        this.organisations = organisations;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "1") int page, Model model) {
        int size = Page.DEFAULT_SIZE;
        Persons.Listing listing = persons.list(q, Page.offset(page, size), size);
        model.addAttribute("q", q);
        model.addAttribute("page", new Page<>(listing.items(), Math.max(1, page), size, listing.total(),
                n -> UriComponentsBuilder.fromPath("/persons").queryParam("q", q).queryParam("page", n).toUriString()));
        return "people/list";
    }

    @GetMapping("/new")
    String createForm(@RequestParam(defaultValue = "") String name, Model model) {
        model.addAttribute("form", PersonForm.of(name).withRows());
        return form(model);
    }

    /** Refuses a name that matches someone already recorded until the user confirms it is someone else. */
    @PostMapping
    String create(@Valid @ModelAttribute("form") PersonForm form, BindingResult errors, Model model) {
        if (errors.hasErrors()) {
            return form(model);
        }
        try {
            return "redirect:/persons/" + persons.create(form).id();
        } catch (InvalidInputException e) {
            FormErrors.add(errors, e);
        } catch (PossibleDuplicateException e) {
            model.addAttribute("matches", e.matches());
        }
        return form(model);
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("person", persons.reveal(id));
        model.addAttribute("appearances", persons.appearances(id));
        model.addAttribute("cases", persons.cases(id));
        return "people/detail";
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        Person person = persons.reveal(id);
        model.addAttribute("person", person);
        model.addAttribute("descriptionWithheld", person.descriptionWithheld());
        model.addAttribute("form", PersonForm.of(person).withRows());
        return form(model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") PersonForm form, BindingResult errors,
                  Model model) {
        model.addAttribute("person", persons.get(id));
        // Saving keeps the stored description for those who may not read it; the form keeps not showing it.
        model.addAttribute("descriptionWithheld", !persons.mayReadDescription());
        if (errors.hasErrors()) {
            return form(model);
        }
        try {
            persons.update(id, form);
            return "redirect:/persons/" + id;
        } catch (InvalidInputException e) {
            FormErrors.add(errors, e);
        } catch (ConcurrentEditException e) {
            model.addAttribute("conflict", true);
        }
        return form(model);
    }

    /** From the duplicate offer: the names the user typed become further spellings of an existing person. */
    @PostMapping("/{id}/names")
    String addNames(@PathVariable long id, @ModelAttribute("form") PersonForm form) {
        persons.addNames(id, form.names());
        return "redirect:/persons/" + id;
    }

    private String form(Model model) {
        model.addAttribute("organisations", organisations.options());
        model.addAttribute("sources", persons.sourceOptions());
        return "people/form";
    }
}
