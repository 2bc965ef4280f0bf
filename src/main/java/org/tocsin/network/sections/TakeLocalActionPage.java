package org.tocsin.network.sections;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.tocsin.actions.UrgentAction;
import org.tocsin.actions.UrgentActions;
import org.tocsin.actions.letters.Writer;
import org.tocsin.web.NotFoundException;

/**
 * The public page of a published localisation, open without login: the section's text, its
 * local deadline, the UA's targets and the section's own, the localisation's letter filled in for
 * each of them, the report form, and a link to the original UA as the reference. Drafts and
 * unknown ids are not found.
 */
@Controller
class TakeLocalActionPage {

    /** The fields of the original UA this page shows (never its internal note). */
    public record Original(long id, String code, String title, String issuer, LocalDate issuedOn, String issuedPrecision,
                           LocalDate deadline, String country) {
    }

    /** The languages the interface itself speaks: a localisation in one of them is shown wholly in it. */
    private static final Set<String> INTERFACE_LANGUAGES = Set.of("en", "ru");

    private final Localisations localisations;
    private final UrgentActions actions;
    private final LocalLetters letters;

    TakeLocalActionPage(Localisations localisations, UrgentActions actions, LocalLetters letters) {
        this.localisations = localisations;
        this.actions = actions;
        this.letters = letters;
    }

    @GetMapping("/take-action/local/{id}")
    String show(@PathVariable long id, Model model, Locale locale, HttpServletRequest request,
                // The letters form: the member's name and town fill this page's letters only, never stored.
                @RequestParam(required = false) String name, @RequestParam(required = false) String town) {
        Localisations.Published p = localisations.published(id)
                .orElseThrow(() -> new NotFoundException(Localisations.KIND, id));
        String language = p.localisation().language();
        Locale shown = locale;
        if (INTERFACE_LANGUAGES.contains(language)) {
            // For this request only (no cookie): the resolver reads this attribute before its cookie.
            shown = Locale.forLanguageTag(language);
            request.setAttribute(CookieLocaleResolver.LOCALE_REQUEST_ATTRIBUTE_NAME, shown);
        }
        LocalDate today = actions.today();
        LocalDate deadline = p.localisation().localDeadline();
        model.addAttribute("l", p.localisation());
        model.addAttribute("section", p.section());
        UrgentAction a = p.original().action();
        model.addAttribute("original", new Original(a.id(), a.code(), a.title(), a.issuer(), a.issuedOn(),
                a.issuedPrecision(), a.deadline(), a.country()));
        model.addAttribute("persons", p.original().persons());
        model.addAttribute("targets", p.original().targets());
        model.addAttribute("localTargets", p.localTargets());
        model.addAttribute("daysLeft", deadline == null ? null : ChronoUnit.DAYS.between(today, deadline));
        model.addAttribute("names", new Names(shown));
        model.addAttribute("letters", letters.section(p, new Writer(name, town), shown).orElse(null));
        return "sections/take-action";
    }
}
