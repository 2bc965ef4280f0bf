package org.tocsin.cases;

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
import org.tocsin.web.Page;

@Controller
@RequestMapping("/cases")
class CasePages {

    private final CaseFiles cases;

    CasePages(CaseFiles cases) {
        this.cases = cases;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "1") int page, Model model) {
        int size = Page.DEFAULT_SIZE;
        CaseFiles.Listing listing = cases.list(q, Page.offset(page, size), size);
        model.addAttribute("q", q);
        model.addAttribute("page", new Page<>(listing.items(), Math.max(1, page), size, listing.total(),
                n -> UriComponentsBuilder.fromPath("/cases").queryParam("q", q).queryParam("page", n).toUriString()));
        return "cases/list";
    }

    @GetMapping("/new")
    String createForm(Model model) {
        model.addAttribute("form", CaseForm.empty());
        return "cases/form";
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") CaseForm form, BindingResult errors) {
        if (errors.hasErrors()) {
            return "cases/form";
        }
        return "redirect:/cases/" + cases.create(form).id();
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("caseFile", cases.get(id));
        return "cases/detail";
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        CaseFile caseFile = cases.get(id);
        model.addAttribute("caseFile", caseFile);
        model.addAttribute("form", CaseForm.of(caseFile));
        return "cases/form";
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") CaseForm form, BindingResult errors, Model model) {
        model.addAttribute("caseFile", cases.get(id));
        if (errors.hasErrors()) {
            return "cases/form";
        }
        try {
            cases.update(id, form);
        } catch (ConcurrentEditException e) {
            model.addAttribute("conflict", true);
            return "cases/form";
        }
        return "redirect:/cases/" + id;
    }
}
