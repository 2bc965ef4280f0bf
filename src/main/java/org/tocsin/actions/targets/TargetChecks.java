package org.tocsin.actions.targets;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.tocsin.web.InvalidInputException;
import org.tocsin.web.Text;

/**
 * Checks a {@link TargetInput} and gives back its cleaned values, or throws every field error
 * at once so the user corrects them in one go. The rules are the directory's own, so any
 * caller (page, API, another module) gets the same.
 */
final class TargetChecks {

    static final int NAME_MAX = 300;
    static final int TEXT_MAX = 500;
    static final int LINE_MAX = 300;
    static final int SHORT_MAX = 100;
    static final int URL_MAX = 2000;
    static final int NOTES_MAX = 20000;
    static final int LINES_MAX = 20;

    /** Digits with the separators fax numbers are printed with: "+7 495 692-17-25", "(+33) (0) 3 88 24 19 74". */
    private static final Pattern FAX = Pattern.compile("[0-9 +\\-/()]+");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    record Clean(String name, String title, String organisation, List<String> addressLines, String country,
                 List<String> fax, List<String> email, String phone, String webForm, List<String> social,
                 Map<String, String> salutations, LocalDate termStart, LocalDate termEnd, String notes) {
    }

    private final List<InvalidInputException.FieldError> errors = new ArrayList<>();

    static Clean check(TargetInput in) {
        return new TargetChecks().run(in);
    }

    private Clean run(TargetInput in) {
        String name = text("name", in.name(), NAME_MAX);
        if (name == null) {
            reject("name", "validation.required");
        }
        List<String> fax = lines("fax", in.fax(), SHORT_MAX);
        fax.stream().filter(f -> !FAX.matcher(f).matches() || f.chars().noneMatch(Character::isDigit))
                .forEach(f -> reject("fax", "targets.validation.fax", f));
        List<String> email = lines("email", in.email(), LINE_MAX);
        email.stream().filter(e -> !EMAIL.matcher(e).matches()).forEach(e -> reject("email", "targets.validation.email", e));
        LocalDate termStart = date("termStart", in.termStart());
        LocalDate termEnd = date("termEnd", in.termEnd());
        if (termStart != null && termEnd != null && termEnd.isBefore(termStart)) {
            reject("termEnd", "targets.validation.termEnd", termStart.toString());
        }
        Clean clean = new Clean(name, text("title", in.title(), TEXT_MAX), text("organisation", in.organisation(), TEXT_MAX),
                lines("addressLines", in.addressLines(), LINE_MAX), text("country", in.country(), SHORT_MAX), fax, email,
                text("phone", in.phone(), SHORT_MAX), url("webForm", in.webForm()), lines("social", in.social(), LINE_MAX),
                salutations(in.salutations()), termStart, termEnd, text("notes", in.notes(), NOTES_MAX));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return clean;
    }

    private void reject(String field, String messageKey, Object... arguments) {
        errors.add(new InvalidInputException.FieldError(field, messageKey, arguments));
    }

    private String text(String field, String value, int max) {
        String stripped = Text.blankToNull(value);
        if (stripped != null && stripped.length() > max) {
            reject(field, "validation.tooLongCount", max);
        }
        return stripped;
    }

    /** The non-blank lines, stripped; too many or too long ones are errors. */
    private List<String> lines(String field, List<String> values, int max) {
        List<String> kept = values == null ? List.of()
                : values.stream().map(Text::blankToNull).filter(v -> v != null).toList();
        if (kept.size() > LINES_MAX) {
            reject(field, "targets.validation.tooManyLines", LINES_MAX);
        }
        if (kept.stream().anyMatch(v -> v.length() > max)) {
            reject(field, "targets.validation.lineTooLong", max);
        }
        return kept;
    }

    private LocalDate date(String field, String text) {
        String value = Text.blankToNull(text);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            reject(field, "validation.date");
            return null;
        }
    }

    private String url(String field, String text) {
        String value = text(field, text, URL_MAX);
        if (value == null) {
            return null;
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return value;
            }
        } catch (URISyntaxException e) {
            // reported below, like any other address that is not http or https
        }
        reject(field, "validation.url");
        return null;
    }

    /** Language codes lower-cased; a code that is not 2-3 letters, or a language without text, is an error. */
    private Map<String, String> salutations(Map<String, String> given) {
        Map<String, String> kept = new LinkedHashMap<>();
        if (given == null) {
            return kept;
        }
        given.forEach((language, salutation) -> {
            String code = language == null ? "" : language.strip().toLowerCase();
            String text = Text.blankToNull(salutation);
            if (!LANGUAGE.matcher(code).matches()) {
                reject("salutations", "targets.validation.language", language == null ? "" : language.strip());
            } else if (text == null) {
                reject("salutations", "targets.validation.salutationMissing", code);
            } else if (text.length() > LINE_MAX) {
                reject("salutations", "targets.validation.lineTooLong", LINE_MAX);
            } else if (kept.putIfAbsent(code, text) != null) {
                reject("salutations", "targets.validation.languageTwice", code);
            }
        });
        return kept;
    }

}
