package org.tocsin.cases.incidents;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.tocsin.web.InvalidInputException;
import org.tocsin.web.Text;

/**
 * Collects the field errors of one piece of input so the user hears about all of them at
 * once, then throws them together. Also the parsing shared by the forms of this package.
 */
final class Checks {

    private final List<InvalidInputException.FieldError> errors = new ArrayList<>();

    void reject(String field, String messageKey, Object... arguments) {
        errors.add(new InvalidInputException.FieldError(field, messageKey, arguments));
    }

    boolean has(String field) {
        return errors.stream().anyMatch(e -> e.field().equals(field));
    }

    /** A full date (YYYY-MM-DD), or null when blank; an error on {@code field} when unreadable. */
    LocalDate date(String field, String text) {
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

    /** An http or https address, or null when blank. */
    String url(String field, String text) {
        String value = Text.blankToNull(text);
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
            // falls through to the field error
        }
        reject(field, "validation.url");
        return null;
    }

    void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

}
