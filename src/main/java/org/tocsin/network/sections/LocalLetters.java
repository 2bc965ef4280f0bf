package org.tocsin.network.sections;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.tocsin.actions.letters.ActionFacts;
import org.tocsin.actions.letters.LetterTemplate;
import org.tocsin.actions.letters.TakeActionLetters;
import org.tocsin.actions.letters.Writer;
import org.tocsin.actions.targets.Target;
import org.tocsin.web.Text;

/**
 * The letters of a published localisation: its own letter, in its language, filled in for each
 * of the UA's targets and then each of the section's local ones (an embassy), the way the
 * original's page fills the UA's model letter. A localisation without a letter has none.
 */
@Component
class LocalLetters {

    private final TakeActionLetters pages;

    LocalLetters(TakeActionLetters pages) {
        this.pages = pages;
    }

    /** The "Your letters" section of /take-action/local/{id}; empty without a letter or a target. */
    Optional<TakeActionLetters.Section> section(Localisations.Published p, Writer writer, Locale pageLocale) {
        return template(p).flatMap(t -> pages.section(t, facts(p), targets(p), writer,
                "/take-action/local/" + p.localisation().id(), pageLocale));
    }

    /** Each target's letter, for the PDFs; empty without a letter. */
    Optional<TakeActionLetters.Filled> filled(Localisations.Published p, Writer writer) {
        return template(p).map(t -> pages.fill(t, facts(p), targets(p), writer));
    }

    private static Optional<LetterTemplate> template(Localisations.Published p) {
        Localisation l = p.localisation();
        if (Text.blankToNull(l.letterSubject()) == null || Text.blankToNull(l.letterBody()) == null) {
            return Optional.empty();
        }
        return Optional.of(new LetterTemplate(l.language(), l.letterSubject(), l.letterBody()));
    }

    /** The local deadline is the one the section asks its members to keep; without one, the UA's. */
    private ActionFacts facts(Localisations.Published p) {
        Localisation l = p.localisation();
        return pages.facts(p.original(),
                l.localDeadline() != null ? l.localDeadline() : p.original().action().deadline(), l.language());
    }

    /** The UA's targets, then the local ones; a target on both lists gets one letter. */
    static List<Target> targets(Localisations.Published p) {
        List<Target> all = new ArrayList<>(p.original().targets());
        p.localTargets().stream().filter(t -> all.stream().noneMatch(o -> o.id() == t.id())).forEach(all::add);
        return all;
    }
}
