package org.tocsin.cases;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How much of a date a source actually gave: "9 March 2016", "June 2015" or "2014". A date is
 * stored as its first possible day and always shown at its own precision, never finer.
 */
public enum DatePrecision {
    DAY, MONTH, YEAR;

    public static DatePrecision of(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The first day of the period the date stands for, e.g. 2015-06-01 for June 2015. */
    public LocalDate normalise(LocalDate date) {
        return switch (this) {
            case DAY -> date;
            case MONTH -> date.withDayOfMonth(1);
            case YEAR -> date.withDayOfYear(1);
        };
    }

    public String format(LocalDate date, Locale locale) {
        return switch (this) {
            case DAY -> date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale));
            // "LLLL" is the stand-alone month name: "июнь 2015", not the genitive "июня 2015".
            case MONTH -> date.format(DateTimeFormatter.ofPattern("LLLL yyyy", locale));
            case YEAR -> String.valueOf(date.getYear());
        };
    }

    /** Static form for templates: {@code ${T(org.tocsin.cases.DatePrecision).show(date, precision, #locale)}}. */
    public static String show(LocalDate date, String precision, Locale locale) {
        return date == null ? "" : of(precision).format(date, locale);
    }

    /**
     * SQL for the last day of the period a stored date stands for, to sort by: "December 2014"
     * happened by the end of December, not on the 1st it is stored as, so it comes after the
     * dated events of that month.
     */
    public static String periodEndSql(String dateColumn, String precisionColumn) {
        return "case " + precisionColumn
                + " when 'month' then (" + dateColumn + " + interval '1 month' - interval '1 day')::date"
                + " when 'year' then (" + dateColumn + " + interval '1 year' - interval '1 day')::date"
                + " else " + dateColumn + " end";
    }
}
