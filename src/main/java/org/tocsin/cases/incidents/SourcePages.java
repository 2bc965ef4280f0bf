package org.tocsin.cases.incidents;

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
@RequestMapping("/sources")
class SourcePages {

    private final Sources sources;
    private final Accounts accounts;

    SourcePages(Sources sources, Accounts accounts) {
        this.sources = sources;
        this.accounts = accounts;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "1") int page, Model model) {
        int size = Page.DEFAULT_SIZE;
        Sources.Listing listing = sources.list(q, Page.offset(page, size), size);
        model.addAttribute("q", q);
        model.addAttribute("page", new Page<>(listing.items(), Math.max(1, page), size, listing.total(),
                n -> UriComponentsBuilder.fromPath("/sources").queryParam("q", q).queryParam("page", n).toUriString()));
        return "sources/list";
    }

    @GetMapping("/new")
    String createForm(Model model) {
        model.addAttribute("form", SourceForm.empty());
        return "sources/form";
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") SourceForm form, BindingResult errors) {
        if (errors.hasErrors()) {
            return "sources/form";
        }
        try {
            return "redirect:/sources/" + sources.create(form).id();
        } catch (InvalidInputException e) {
            PageSupport.show(e, errors);
            return "sources/form";
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("source", sources.get(id));
        model.addAttribute("tellings", accounts.ofSource(id));
        return "sources/detail";
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        Source source = sources.get(id);
        model.addAttribute("source", source);
        model.addAttribute("form", SourceForm.of(source));
        return "sources/form";
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") SourceForm form, BindingResult errors,
                  Model model) {
        model.addAttribute("source", sources.get(id));
        if (errors.hasErrors()) {
            return "sources/form";
        }
        try {
            sources.update(id, form);
        } catch (InvalidInputException e) {
            PageSupport.show(e, errors);
            return "sources/form";
        } catch (ConcurrentEditException e) {
            model.addAttribute("conflict", true);
            return "sources/form";
        }
        return "redirect:/sources/" + id;
    }
}
