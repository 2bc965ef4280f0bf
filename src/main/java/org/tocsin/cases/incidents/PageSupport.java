package org.tocsin.cases.incidents;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.BeansException;
import org.springframework.context.MessageSource;
import org.springframework.validation.BindingResult;
import org.tocsin.web.InvalidInputException;

/** What the pages of this package share: service errors shown next to their fields, counted words. */
final class PageSupport {

    /** Region-based IANA zone ids ("Europe/Moscow"), offered as suggestions, never pre-filled. */
    static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(z -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/"))
            .sorted().toList();

    private PageSupport() {
    }

    /** Puts a service's field errors on the form; an error about a field the form lacks goes on top. */
    static void show(InvalidInputException e, BindingResult errors) {
        for (InvalidInputException.FieldError error : e.errors()) {
            try {
                errors.rejectValue(error.field(), error.messageKey(), error.arguments(), null);
            } catch (BeansException notAFieldOfThisForm) {
                errors.reject(error.messageKey(), error.arguments(), null);
            }
        }
    }

    /**
     * "1 source", "2 sources"; in Russian "1 источник", "2 источника", "5 источников". Keys are
     * {@code base.one}, {@code base.few}, {@code base.many} with the number as {0}.
     */
    static String count(MessageSource messages, String base, long n, Locale locale) {
        return messages.getMessage(base + "." + pluralForm(n, locale), new Object[] {n}, locale);
    }

    static String pluralForm(long n, Locale locale) {
        if (!locale.getLanguage().equals("ru")) {
            return n == 1 ? "one" : "many";
        }
        long lastTwo = n % 100;
        long last = n % 10;
        if (last == 1 && lastTwo != 11) {
            return "one";
        }
        return last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14) ? "few" : "many";
    }
}
