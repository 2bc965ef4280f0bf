package org.tocsin.actions.targets;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.ObjectProvider;
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
@RequestMapping("/targets")
class TargetPages {

    private final Targets targets;
    private final ObjectProvider<TargetUsage> usages;

    TargetPages(Targets targets, ObjectProvider<TargetUsage> usages) {
        this.targets = targets;
        this.usages = usages;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "1") int page, Model model) {
        int size = Page.DEFAULT_SIZE;
        Targets.Listing listing = targets.list(q, Page.offset(page, size), size);
        model.addAttribute("q", q);
        model.addAttribute("today", LocalDate.now());
        model.addAttribute("page", new Page<>(listing.items(), Math.max(1, page), size, listing.total(),
                n -> UriComponentsBuilder.fromPath("/targets").queryParam("q", q).queryParam("page", n).toUriString()));
        return "targets/list";
    }

    @GetMapping("/new")
    String createForm(Model model) {
        model.addAttribute("form", TargetForm.empty());
        return "targets/form";
    }

    @PostMapping
    String create(@ModelAttribute("form") TargetForm form, BindingResult errors, HttpServletResponse response) {
        try {
            return "redirect:/targets/" + targets.create(form.toInput()).id();
        } catch (InvalidInputException e) {
            show(e, errors);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "targets/form";
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model, Locale locale) {
        Target target = targets.get(id);
        model.addAttribute("target", target);
        model.addAttribute("today", LocalDate.now());
        model.addAttribute("uses", openActionsUsing(id));
        model.addAttribute("languageNames", languageNames(target, locale));
        return "targets/detail";
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        Target target = targets.get(id);
        editing(target, model);
        model.addAttribute("form", TargetForm.of(target));
        return "targets/form";
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") TargetForm form, BindingResult errors, Model model,
                  HttpServletResponse response) {
        editing(targets.get(id), model);
        try {
            targets.update(id, form.toInput());
        } catch (InvalidInputException e) {
            show(e, errors);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "targets/form";
        } catch (ConcurrentEditException e) {
            model.addAttribute("conflict", true);
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return "targets/form";
        }
        return "redirect:/targets/" + id;
    }

    private void editing(Target target, Model model) {
        model.addAttribute("target", target);
        model.addAttribute("today", LocalDate.now());
        model.addAttribute("uses", openActionsUsing(target.id()));
    }

    /** "English", "русский": each salutation's language named in the reader's language. */
    private static Map<String, String> languageNames(Target target, Locale locale) {
        return target.salutations().keySet().stream().collect(Collectors.toMap(Function.identity(),
                code -> Locale.forLanguageTag(code).getDisplayLanguage(locale)));
    }

    /** What the modules that link actions to targets report; nothing when no module does. */
    private List<TargetUse> openActionsUsing(long id) {
        return usages.orderedStream().flatMap(u -> u.openActionsUsing(id).stream()).toList();
    }

    /** Puts the service's field errors on the form; one about a field the form lacks goes on top. */
    private static void show(InvalidInputException e, BindingResult errors) {
        for (InvalidInputException.FieldError error : e.errors()) {
            try {
                errors.rejectValue(error.field(), error.messageKey(), error.arguments(), null);
            } catch (BeansException notAFieldOfTheForm) {
                errors.reject(error.messageKey(), error.arguments(), null);
            }
        }
    }
}
