package org.tocsin.actions.letters;

import com.ibm.icu.text.ListFormatter;
import com.ibm.icu.util.ULocale;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.tocsin.web.InvalidInputException;

/**
 * Fills a letter template in for one addressee and one writer, and gives the result as a PDF to
 * post or fax, and as an e-mail draft. It does not care where the template came from (a UA's
 * model letter or a section's localisation), so every module writes letters the same way.
 */
@Service
public class Letters {

    /** The placeholders a template may use, each written in braces: {@code {salutation}}. */
    public static final List<String> PLACEHOLDERS = List.of("salutation", "target_name", "target_title", "persons",
            "member_name", "member_town", "date", "code", "deadline");
    static final int SUBJECT_MAX = 300;
    static final int BODY_MAX = 20000;
    /** Where a blank writer's name or town goes: a line to write on by hand. */
    static final String HANDWRITING = "______________________";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}\\s]+)}");
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

    private final MessageSource messages;
    private final LetterPdf pdf;
    private final Map<String, DateTimeFormatter> dateFormats = new ConcurrentHashMap<>();
    private final Map<String, ListFormatter> listFormats = new ConcurrentHashMap<>();

    Letters(MessageSource messages) {
        this.messages = messages;
        this.pdf = new LetterPdf(this);
    }

    /** True for an ISO 639-1 language code in lower case ("ru", "en", "ce"). */
    public static boolean isLanguage(String code) {
        return code != null && LANGUAGES.contains(code);
    }

    /**
     * Checks a template before it is stored: a known language, a subject and a body within
     * their lengths, and no placeholder outside {@link #PLACEHOLDERS}. Throws every error at
     * once, each naming its field (language, subject, body).
     */
    public void check(LetterTemplate template) {
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        if (!isLanguage(template.language())) {
            errors.add(new InvalidInputException.FieldError("language", "letters.validation.language",
                    template.language() == null ? "" : template.language()));
        }
        checkText("subject", template.subject(), SUBJECT_MAX, errors);
        checkText("body", template.body(), BODY_MAX, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static void checkText(String field, String text, int max, List<InvalidInputException.FieldError> errors) {
        if (text == null || text.isBlank()) {
            errors.add(new InvalidInputException.FieldError(field, "validation.required"));
            return;
        }
        if (text.length() > max) {
            errors.add(new InvalidInputException.FieldError(field, "validation.tooLongCount", max));
        }
        List<String> unknown = unknownPlaceholders(text);
        if (!unknown.isEmpty()) {
            errors.add(new InvalidInputException.FieldError(field, "letters.validation.placeholder",
                    String.join(", ", unknown), known()));
        }
    }

    /** The placeholders in {@code text} that are not ones Tocsin fills, as written ("{name}"), each once. */
    public static List<String> unknownPlaceholders(String text) {
        Set<String> unknown = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(text == null ? "" : text);
        while (m.find()) {
            if (!PLACEHOLDERS.contains(m.group(1))) {
                unknown.add(m.group());
            }
        }
        return List.copyOf(unknown);
    }

    private static String known() {
        return String.join(" ", PLACEHOLDERS.stream().map(p -> "{" + p + "}").toList());
    }

    /**
     * The template filled in for {@code to}, signed by {@code from}, dated {@code date}. Dates are
     * written the way the letter's language writes them, persons at risk joined with its "and";
     * without a salutation of its own the addressee gets a generic one. A placeholder Tocsin does
     * not know stays as it is; what the writer typed is never read as a placeholder.
     */
    public FilledLetter fill(LetterTemplate template, ActionFacts facts, Addressee to, Writer from, LocalDate date) {
        Writer writer = from == null ? Writer.ANONYMOUS : from;
        String language = template.language();
        Map<String, String> values = Map.of(
                "salutation", to.salutation() != null ? to.salutation() : text("letters.salutation.generic", language),
                "target_name", to.name(),
                "target_title", to.title() == null ? "" : to.title(),
                "persons", joined(facts.persons(), language),
                "member_name", writer.name() == null ? HANDWRITING : writer.name(),
                "member_town", writer.town() == null ? HANDWRITING : writer.town(),
                "date", date(date, language),
                "code", facts.code() == null ? "" : facts.code(),
                "deadline", facts.deadline() == null ? "" : date(facts.deadline(), language));
        return new FilledLetter(language, to, writer, date, replace(template.subject(), values).strip(),
                replace(template.body(), values).strip());
    }

    private static String replace(String text, Map<String, String> values) {
        return PLACEHOLDER.matcher(text == null ? "" : text)
                .replaceAll(m -> Matcher.quoteReplacement(values.getOrDefault(m.group(1), m.group())));
    }

    /** One PDF with each letter on its own A4 pages, the font embedded (Latin and Cyrillic). */
    public byte[] pdf(List<FilledLetter> letters) {
        return pdf.render(letters);
    }

    public byte[] pdf(FilledLetter letter) {
        return pdf(List.of(letter));
    }

    /**
     * An e-mail draft to the addressee's address with the letter's subject and body (RFC 6068:
     * UTF-8, percent-encoded, line breaks as CRLF); empty when the addressee has no e-mail.
     */
    public Optional<String> mailto(FilledLetter letter) {
        if (letter.addressee().email() == null) {
            return Optional.empty();
        }
        String body = letter.body().replaceAll("\\r\\n|\\r|\\n", "\r\n");
        return Optional.of("mailto:" + encode(letter.addressee().email(), "@!$'()*+,;:") + "?subject="
                + encode(letter.subject(), "") + "&body=" + encode(body, ""));
    }

    /** Percent-encodes UTF-8 bytes except the unreserved characters of RFC 3986 and {@code keep}. */
    static String encode(String text, String keep) {
        StringBuilder out = new StringBuilder(text.length() * 3);
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
                    || c == '_' || c == '~' || (c < 0x80 && keep.indexOf(c) >= 0)) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }

    /** A date as letters in {@code language} write it: "12 May 2016", "12 мая 2016 г.". */
    public String date(LocalDate date, String language) {
        return dateFormats.computeIfAbsent(language,
                        l -> DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale(l)))
                .format(date);
    }

    /** Names joined the way {@code language} lists them: "A, B and C", "А, Б и В". */
    public String joined(List<String> names, String language) {
        return listFormats.computeIfAbsent(language, l -> ListFormatter.getInstance(ULocale.forLocale(locale(l))))
                .format(names);
    }

    /** A message of the letters bundle in the letter's language (English when the bundle lacks it). */
    String text(String key, String language) {
        return messages.getMessage(key, null, key, locale(language));
    }

    /** British English for English letters: "12 May 2016", no comma before "and". */
    static Locale locale(String language) {
        return "en".equals(language) ? Locale.UK : Locale.forLanguageTag(language == null ? "en" : language);
    }

    /** The placeholders as a hint for editors: "{salutation} {target_name} …". */
    public static String placeholderHint() {
        return known();
    }
}
