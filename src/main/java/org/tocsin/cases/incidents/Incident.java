package org.tocsin.cases.incidents;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.tocsin.cases.DatePrecision;

/**
 * A dated event of a case. {@code occurredOn} is the first day of the period that
 * {@code datePrecision} (day, month, year) stands for; a time, if known, carries its zone.
 */
public record Incident(long id, long caseId, String title, LocalDate occurredOn, String datePrecision,
                       LocalTime occurredTime, String timeZone, String place, String region, String country,
                       String type, String description, int version, OffsetDateTime createdAt,
                       OffsetDateTime updatedAt) {

    /** The types the schema allows, in the order forms offer them. */
    public static final List<String> TYPES = List.of("threat", "physical_attack", "arson", "raid", "confiscation",
            "detention", "surveillance", "smear", "judicial_harassment", "killing", "disappearance", "complaint",
            "other");

    /** The date as the source gave it: "9 March 2016", "June 2015" or "2014". */
    public String dateText(Locale locale) {
        return DatePrecision.show(occurredOn, datePrecision, locale);
    }

    /** Place, region and country as far as known, e.g. "Grozny, Chechnya, Russian Federation", or null. */
    public String placeText() {
        List<String> parts = java.util.stream.Stream.of(place, region, country).filter(java.util.Objects::nonNull).toList();
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    /** The date as a form shows it: 2016-03-09, 2015-06 or 2014. */
    public String dateInput() {
        return switch (DatePrecision.of(datePrecision)) {
            case DAY -> occurredOn.toString();
            case MONTH -> occurredOn.toString().substring(0, 7);
            case YEAR -> String.valueOf(occurredOn.getYear());
        };
    }
}
