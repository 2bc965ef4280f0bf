package org.tocsin.actions;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.tocsin.actions.Views.Details;
import org.tocsin.actions.letters.TakeActionLetters;
import org.tocsin.actions.letters.Writer;
import org.tocsin.web.NotFoundException;

/**
 * The public take-action page of an issued UA, open without login: who is at risk and why,
 * what to ask for, whom to write to and by when. Drafts are not found; internal notes, the
 * case and the staff-only fields are never put in its model.
 */
@Controller
class TakeActionPage {

    private final UrgentActions actions;
    private final MessageSource messages;
    private final PublicLinks links;
    private final TakeActionLetters letters;

    TakeActionPage(UrgentActions actions, MessageSource messages, PublicLinks links, TakeActionLetters letters) {
        this.actions = actions;
        this.messages = messages;
        this.links = links;
        this.letters = letters;
    }

    @GetMapping("/take-action/{id}")
    String show(@PathVariable long id, Model model, Locale locale,
                // The letters form: letter language, and the member's name and town (used for this page only, never stored).
                @RequestParam(required = false) String language, @RequestParam(required = false) String name,
                @RequestParam(required = false) String town) {
        Details d = actions.published(id).orElseThrow(() -> new NotFoundException(UrgentActions.KIND, id));
        model.addAttribute("a", PublicAction.of(d.action()));
        model.addAttribute("persons", d.persons());
        model.addAttribute("targets", d.targets());
        model.addAttribute("chain", d.chain());
        model.addAttribute("refersTo", d.refersTo());
        model.addAttribute("corrections", d.corrections().stream().map(Views.Correction::note).toList());
        model.addAttribute("today", actions.today());
        model.addAttribute("writeIn", languages(d.action().languages(), locale));
        model.addAttribute("daysLeft", d.action().deadline() == null ? null
                : ChronoUnit.DAYS.between(actions.today(), d.action().deadline()));
        // The layout announces these in the head, as feed readers and calendars look for them there.
        model.addAttribute("feeds", links.feeds(locale));
        // Printed on paper copies, so a reader can find the page (and its follow-ups) again.
        model.addAttribute("pageUrl", links.takeAction(id));
        model.addAttribute("letters", letters.section(d, language, new Writer(name, town), locale).orElse(null));
        return "actions/take-action";
    }

    /** "Russian, English or your own language"; null when the UA names no language. */
    String languages(List<String> codes, Locale locale) {
        if (codes.isEmpty()) {
            return null;
        }
        List<String> names = codes.stream()
                .map(c -> messages.getMessage("actions.language." + c, null, c, locale)).toList();
        if (names.size() == 1) {
            return names.getFirst();
        }
        String or = messages.getMessage("actions.language.or", null, "or", locale);
        return String.join(", ", names.subList(0, names.size() - 1)) + " " + or + " " + names.getLast();
    }
}
