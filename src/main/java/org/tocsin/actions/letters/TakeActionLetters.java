package org.tocsin.actions.letters;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Transliterator;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.tocsin.actions.UrgentActions;
import org.tocsin.actions.Views.ActionPerson;
import org.tocsin.actions.Views.Details;
import org.tocsin.actions.targets.Target;
import org.tocsin.cases.people.PersonName;
import org.tocsin.cases.people.PersonNameMatcher;
import org.tocsin.cases.people.Persons;

/**
 * The letters of a published UA as the take-action page offers them: one per target, filled in
 * for the member in the language they chose, with links to its PDF and an e-mail draft. The
 * member's name and town come with each request and are never stored.
 */
@Service
public class TakeActionLetters {

    /** A language the member can choose, named in the page's language. */
    public record Option(String code, String name) {
    }

    /** One target's letter: text to copy, its PDF, and an e-mail draft when the target has an address. */
    public record TargetLetter(long targetId, String to, String subject, String body, String mailto, String pdfUrl) {
    }

    /**
     * The page's letters section. {@code asked} names the language the member asked for when there
     * is no letter in it (the page says so and shows {@code language} instead), else null;
     * {@code pageUrl} is the page the member's form goes back to.
     */
    public record Section(List<Option> languages, String language, String asked, Writer writer,
                          List<TargetLetter> letters, String allPdfUrl, String pageUrl) {
    }

    /** Letters filled in for each target, ready for {@link Letters#pdf(List)}. */
    public record Filled(String language, List<Target> targets, List<FilledLetter> letters) {
    }

    private static final Transliterator ASCII = Transliterator.getInstance("Any-Latin; Latin-ASCII");

    private final ModelLetters modelLetters;
    private final Letters letters;
    private final UrgentActions actions;
    private final Persons persons;

    TakeActionLetters(ModelLetters modelLetters, Letters letters, UrgentActions actions, Persons persons) {
        this.modelLetters = modelLetters;
        this.letters = letters;
        this.actions = actions;
        this.persons = persons;
    }

    /** The section for the page; empty when the UA has no model letter or no target. */
    public Optional<Section> section(Details published, String language, Writer writer, Locale pageLocale) {
        List<ModelLetter> available = ordered(published, modelLetters.list(published.action().id()));
        if (available.isEmpty() || published.targets().isEmpty()) {
            return Optional.empty();
        }
        String asked = language == null || language.isBlank() ? null : language.strip();
        ModelLetter chosen = pick(available, asked, pageLocale.getLanguage());
        LanguageNames names = new LanguageNames(pageLocale);
        return Optional.of(section(fill(published, chosen, writer), writer, "/take-action/" + published.action().id(),
                available.stream().map(l -> new Option(l.language(), names.of(l.language()))).toList(),
                asked == null || asked.equals(chosen.language()) ? null : askedName(asked, names)));
    }

    /**
     * The section for a page with one letter of its own (a section's localisation), filled in
     * from {@code template} for each of {@code targets}. Its PDFs are under {@code pagePath}:
     * {@code {pagePath}/letters/{targetId}.pdf} and {@code {pagePath}/letters.pdf}, served by
     * the page's own module. Empty without targets.
     */
    public Optional<Section> section(LetterTemplate template, ActionFacts facts, List<Target> targets, Writer writer,
                                     String pagePath, Locale pageLocale) {
        if (targets.isEmpty()) {
            return Optional.empty();
        }
        Option only = new Option(template.language(), new LanguageNames(pageLocale).of(template.language()));
        return Optional.of(section(fill(template, facts, targets, writer), writer, pagePath, List.of(only), null));
    }

    private Section section(Filled filled, Writer writer, String pagePath, List<Option> languages, String asked) {
        List<TargetLetter> items = new ArrayList<>();
        for (int i = 0; i < filled.targets().size(); i++) {
            Target target = filled.targets().get(i);
            FilledLetter letter = filled.letters().get(i);
            items.add(new TargetLetter(target.id(), target.label(), letter.subject(), letter.body(),
                    letters.mailto(letter).orElse(null),
                    url(pagePath + "/letters/" + target.id() + ".pdf", filled.language(), writer)));
        }
        return new Section(languages, filled.language(), asked, writer, items,
                url(pagePath + "/letters.pdf", filled.language(), writer), pagePath);
    }

    /**
     * The UA's letter in {@code language} (blank: its first) filled in for each of its targets;
     * empty if there is no such letter.
     */
    public Optional<Filled> filled(Details published, String language, Writer writer) {
        Optional<ModelLetter> letter = language == null || language.isBlank()
                ? ordered(published, modelLetters.list(published.action().id())).stream().findFirst()
                : modelLetters.find(published.action().id(), language);
        return letter.map(l -> fill(published, l, writer));
    }

    /** Any template (a UA's model letter or a localisation's) filled in for each target, dated today. */
    public Filled fill(LetterTemplate template, ActionFacts facts, List<Target> targets, Writer writer) {
        List<FilledLetter> filled = targets.stream()
                .map(t -> letters.fill(template, facts, Addressee.of(t, template.language()), writer, actions.today()))
                .toList();
        return new Filled(template.language(), List.copyOf(targets), filled);
    }

    private Filled fill(Details d, ModelLetter letter, Writer writer) {
        return fill(letter.template(), facts(d, d.action().deadline(), letter.language()), d.targets(), writer);
    }

    /**
     * What a letter in {@code language} says about a published UA, the persons named in that
     * language's script where the case file has such a spelling; {@code deadline} is the UA's or a
     * localisation's own.
     */
    public ActionFacts facts(Details d, LocalDate deadline, String language) {
        return new ActionFacts(d.action().code(), namesFor(d.persons(), language), deadline);
    }

    private static String askedName(String asked, LanguageNames names) {
        if (Letters.isLanguage(asked)) {
            return names.of(asked);
        }
        return asked.length() > 20 ? asked.substring(0, 20) + "…" : asked;
    }

    /**
     * Each person's name in the script of the letter's language when the case file has that very
     * name in it ("Игорь Каляпин" for "Igor Kalyapin" in a Russian letter), else the name the UA
     * shows. Letters are public: an alias, a longer form or another source's different name for
     * the person never appears in them, only the published name written in another script.
     */
    private List<String> namesFor(List<ActionPerson> people, String language) {
        int[] scripts = UScript.getCode(ULocale.forLanguageTag(language));
        if (scripts == null || scripts.length == 0) {
            return people.stream().map(ActionPerson::name).toList();
        }
        List<String> names = new ArrayList<>();
        for (ActionPerson person : people) {
            names.add(persons.find(person.personId()).stream().flatMap(p -> p.names().stream())
                    .map(PersonName::name).filter(name -> inScript(name, scripts))
                    .filter(name -> sameNameInAnotherScript(person.name(), name)).findFirst().orElse(person.name()));
        }
        return names;
    }

    private static boolean sameNameInAnotherScript(String published, String spelling) {
        return PersonNameMatcher.tokens(published).size() == PersonNameMatcher.tokens(spelling).size()
                && PersonNameMatcher.compare(published, spelling).map(PersonNameMatcher.Reason::strength)
                        .filter(s -> s == PersonNameMatcher.Strength.SAME || s == PersonNameMatcher.Strength.OTHER_SCRIPT)
                        .isPresent();
    }

    private static boolean inScript(String name, int[] scripts) {
        int letter = name.codePoints().filter(Character::isLetter).findFirst().orElse(-1);
        if (letter < 0) {
            return false;
        }
        int script = UScript.getScript(letter);
        return java.util.Arrays.stream(scripts).anyMatch(s -> s == script);
    }

    /** The asked language if there is a letter in it, else the page's language, else the first. */
    private static ModelLetter pick(List<ModelLetter> available, String asked, String pageLanguage) {
        for (String wanted : new String[] {asked, pageLanguage}) {
            for (ModelLetter l : available) {
                if (l.language().equals(wanted)) {
                    return l;
                }
            }
        }
        return available.getFirst();
    }

    /** The UA's own languages first, in its order, then the others by code. */
    private static List<ModelLetter> ordered(Details d, List<ModelLetter> letters) {
        List<String> order = d.action().languages();
        return letters.stream().sorted(java.util.Comparator
                .comparingInt((ModelLetter l) -> order.contains(l.language()) ? order.indexOf(l.language()) : order.size())
                .thenComparing(ModelLetter::language)).toList();
    }

    /** A download link; every value strictly percent-encoded (a "+" or "{" in a name stays what it was). */
    private static String url(String path, String language, Writer writer) {
        StringBuilder url = new StringBuilder(path).append("?language=").append(Letters.encode(language, ""));
        if (writer.name() != null) {
            url.append("&name=").append(Letters.encode(writer.name(), ""));
        }
        if (writer.town() != null) {
            url.append("&town=").append(Letters.encode(writer.town(), ""));
        }
        return url.toString();
    }

    /** An ASCII file name for a download: "UA-315-14-ru.pdf", "UA-315-14-Chaika-ru.pdf". */
    public static String fileName(Details d, Target target, String language) {
        String code = d.action().code() == null ? "letters-" + d.action().id() : d.action().code();
        StringBuilder name = new StringBuilder(slug(code));
        if (target != null) {
            String surname = target.name().contains(" ") ? target.name().substring(target.name().lastIndexOf(' ') + 1)
                    : target.name();
            String part = slug(surname);
            if (!part.isEmpty()) {
                name.append('-').append(part);
            }
        }
        return name.append('-').append(slug(language)).append(".pdf").toString();
    }

    static String slug(String text) {
        String ascii;
        synchronized (ASCII) {
            ascii = ASCII.transliterate(text);
        }
        String slug = ascii.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.length() > 60 ? slug.substring(0, 60) : slug;
    }
}
