package org.tocsin.cases;

import jakarta.servlet.http.HttpServletResponse;
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
@RequestMapping("/cases")
class CasePages {

    private final CaseFiles cases;
    private final CaseOverview overview;
    private final CaseAccess access;

    CasePages(CaseFiles cases, CaseOverview overview, CaseAccess access) {
        this.cases = cases;
        this.overview = overview;
        this.access = access;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "1") int page, Model model) {
        int size = Page.DEFAULT_SIZE;
        CaseFiles.SummaryListing listing = cases.summaries(q, Page.offset(page, size), size);
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
        CaseOverview.Overview o = overview.of(id);
        access.auditViewIfNotNamed(id);
        model.addAttribute("caseFile", o.caseFile());
        model.addAttribute("overview", o);
        model.addAttribute("candidates", overview.personsNotAtRisk(id));
        model.addAttribute("access", access.restriction(id));
        boolean manage = access.canManage(id);
        model.addAttribute("canManageAccess", manage);
        model.addAttribute("accessCandidates", manage ? access.candidates(id) : java.util.List.of());
        return "cases/detail";
    }

    @PostMapping("/{id}/access")
    String restrict(@PathVariable long id, @RequestParam boolean restricted) {
        access.setRestricted(id, restricted);
        return "redirect:/cases/" + id + "#case-access";
    }

    @PostMapping("/{id}/access/readers")
    String addReader(@PathVariable long id, @RequestParam(required = false) Long userId, Model model,
                     HttpServletResponse response) {
        try {
            access.addReader(id, userId);
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("accessError", e.errors().getFirst().messageKey());
            return show(id, model);
        }
        return "redirect:/cases/" + id + "#case-access";
    }

    @PostMapping("/{id}/access/readers/{userId}/remove")
    String removeReader(@PathVariable long id, @PathVariable long userId) {
        access.removeReader(id, userId);
        return "redirect:/cases/" + id + "#case-access";
    }

    @PostMapping("/{id}/persons-at-risk")
    String addPersonAtRisk(@PathVariable long id, @RequestParam(required = false) Long personId, Model model,
                           HttpServletResponse response) {
        try {
            overview.addPersonAtRisk(id, personId);
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("personError", e.errors().getFirst().messageKey());
            return show(id, model);
        }
        return "redirect:/cases/" + id + "#persons-at-risk";
    }

    @PostMapping("/{id}/persons-at-risk/{personId}/remove")
    String removePersonAtRisk(@PathVariable long id, @PathVariable long personId) {
        overview.removePersonAtRisk(id, personId);
        return "redirect:/cases/" + id + "#persons-at-risk";
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
