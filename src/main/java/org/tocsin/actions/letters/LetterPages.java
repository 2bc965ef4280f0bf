package org.tocsin.actions.letters;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.beans.BeansException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;
import org.tocsin.actions.UrgentAction;
import org.tocsin.actions.UrgentActions;
import org.tocsin.web.ConcurrentEditException;
import org.tocsin.web.InvalidInputException;

/** Staff pages of a UA's model letters: the list, the form of one language, and removal. */
@Controller
@RequestMapping("/actions/{id}/letters")
class LetterPages {

    /** Offered first when adding a letter, after the UA's own languages. */
    private static final List<String> COMMON = UrgentAction.LANGUAGES.stream().filter(Letters::isLanguage).toList();

    private final ModelLetters letters;
    private final Letters checks;
    private final UrgentActions actions;

    LetterPages(ModelLetters letters, Letters checks, UrgentActions actions) {
        this.letters = letters;
        this.checks = checks;
        this.actions = actions;
    }

    @GetMapping
    String list(@PathVariable long id, Model model, Locale locale) {
        UrgentAction action = actions.get(id);
        List<ModelLetter> existing = letters.list(id);
        model.addAttribute("a", action);
        model.addAttribute("letters", existing);
        model.addAttribute("editable", !action.isClosed());
        model.addAttribute("names", new LanguageNames(locale));
        model.addAttribute("addable", addable(action, existing));
        return "actions/letters/list";
    }

    /** The UA page's summary of its letters, loaded with htmx. */
    @GetMapping("/summary")
    String summary(@PathVariable long id, Model model, Locale locale) {
        UrgentAction action = actions.get(id);
        model.addAttribute("a", action);
        model.addAttribute("letters", letters.list(id));
        model.addAttribute("names", new LanguageNames(locale));
        return "actions/letters/summary :: letters";
    }

    /** The form of the letter in {@code language}: filled in when there is one, empty for a new one. */
    @GetMapping("/edit")
    String edit(@PathVariable long id, @RequestParam(defaultValue = "") String language, Model model, Locale locale,
                HttpServletResponse response) {
        UrgentAction action = actions.get(id);
        String code = language.strip().toLowerCase(Locale.ROOT);
        if (action.isClosed()) {
            return "redirect:/actions/" + id + "/letters";
        }
        if (!Letters.isLanguage(code)) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("languageError", language.isBlank() ? "validation.required" : "letters.validation.language");
            model.addAttribute("askedLanguage", language);
            return list(id, model, locale);
        }
        LetterForm form = letters.find(id, code).map(LetterForm::of).orElse(new LetterForm("", "", null));
        return form(action, code, form, model, locale);
    }

    @PostMapping("/{language}")
    String save(@PathVariable long id, @PathVariable String language, @Valid @ModelAttribute("form") LetterForm form,
                BindingResult errors, Model model, Locale locale, HttpServletResponse response) {
        UrgentAction action = actions.get(id);
        if (errors.hasErrors()) {
            // Say everything at once: an unknown placeholder in the body as well as a blank subject.
            try {
                checks.check(new LetterTemplate(language, form.subject(), form.body()));
            } catch (InvalidInputException e) {
                show(new InvalidInputException(e.errors().stream()
                        .filter(error -> !errors.hasFieldErrors(error.field())).toList()), errors);
            }
        } else {
            try {
                letters.save(id, language, form);
                return "redirect:/actions/" + id + "/letters#letter-" + UriUtils.encodePathSegment(language, "UTF-8");
            } catch (ConcurrentEditException e) {
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                model.addAttribute("conflict", true);
                return form(action, language, form, model, locale);
            } catch (InvalidInputException e) {
                show(e, errors);
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return form(action, language, form, model, locale);
    }

    @PostMapping("/{language}/delete")
    String delete(@PathVariable long id, @PathVariable String language, @RequestParam(required = false) Integer version,
                  Model model, Locale locale, HttpServletResponse response) {
        try {
            letters.delete(id, language, version);
        } catch (ConcurrentEditException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("conflict", ModelLetters.label(id, language));
            return list(id, model, locale);
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("stepError", e.errors().getFirst().messageKey());
            return list(id, model, locale);
        }
        return "redirect:/actions/" + id + "/letters";
    }

    private String form(UrgentAction action, String language, LetterForm form, Model model, Locale locale) {
        model.addAttribute("a", action);
        model.addAttribute("language", language);
        model.addAttribute("languageName", new LanguageNames(locale).of(language));
        model.addAttribute("form", form);
        model.addAttribute("placeholders", Letters.placeholderHint());
        return "actions/letters/form";
    }

    /** Languages a new letter can be written in: the UA's own, then the common ones, without those done. */
    private static List<String> addable(UrgentAction action, List<ModelLetter> existing) {
        Set<String> codes = new LinkedHashSet<>();
        action.languages().stream().filter(Letters::isLanguage).forEach(codes::add);
        codes.addAll(COMMON);
        existing.forEach(l -> codes.remove(l.language()));
        return new ArrayList<>(codes);
    }

    /** Puts a service's field errors on the form; an error about a field the form lacks goes on top. */
    private static void show(InvalidInputException e, BindingResult errors) {
        for (InvalidInputException.FieldError error : e.errors()) {
            try {
                errors.rejectValue(error.field(), error.messageKey(), error.arguments(), null);
            } catch (BeansException notAFieldOfThisForm) {
                errors.reject(error.messageKey(), error.arguments(), null);
            }
        }
    }
}
