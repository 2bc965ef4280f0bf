package org.tocsin.actions;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * How an issuing organisation codes its urgent actions. Amnesty numbers its UAs per year
 * ({@code UA 315/14}); its follow-ups ("further information") keep the code and are counted.
 * The Observatory codes country, country sequence, month and year, and a running number
 * ({@code RUS 004 / 1214 / OBS 093}); its follow-ups add {@code .1}, {@code .2}. A code given by
 * another organisation is kept as entered; a UA whose document gives no code has none.
 */
public enum CodeScheme {
    AMNESTY("amnesty"), OBSERVATORY("observatory"), EXTERNAL("external"), NONE("none");

    public static final List<String> CODES = Arrays.stream(values()).map(CodeScheme::code).toList();

    private final String code;

    CodeScheme(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static CodeScheme of(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown code scheme " + code));
    }

    /** Tocsin gives out the numbers of this scheme (as opposed to taking a code as given, or none). */
    public boolean allocates() {
        return this == AMNESTY || this == OBSERVATORY;
    }

    /** The kind a follow-up gets unless the user picks another. */
    public String followUpKind() {
        return this == AMNESTY ? "further_information" : "update";
    }

    /**
     * The code one UA of a chain is known by: the chain's code, plus {@code .n} for the n-th
     * follow-up in the Observatory's and other organisations' style. Amnesty's follow-ups share
     * the code and are told apart by their count ({@link #followUpCount}). Null while not coded.
     */
    public String display(String base, int sequence) {
        if (base == null) {
            return null;
        }
        return this == AMNESTY || sequence == 0 ? base : base + "." + sequence;
    }

    // ---------------------------------------------------------------- Amnesty

    /** The counter scope of Amnesty's numbers: one series per year of issue. */
    static String amnestyScope(LocalDate issuedOn) {
        return String.valueOf(issuedOn.getYear());
    }

    static String amnestyCode(int number, LocalDate issuedOn) {
        return "UA %d/%02d".formatted(number, issuedOn.getYear() % 100);
    }

    // ---------------------------------------------------------------- Observatory

    /** The running number ("OBS 093") restarts every year. */
    static String observatoryRunningScope(LocalDate issuedOn) {
        return "OBS:" + issuedOn.getYear();
    }

    /** The country sequence ("RUS 004") counts the country's appeals of the year. */
    static String observatoryCountryScope(String countryCode, LocalDate issuedOn) {
        return countryCode + ":" + issuedOn.getYear();
    }

    static String observatoryCode(String countryCode, int countrySequence, LocalDate issuedOn, int running) {
        return "%s %03d / %02d%02d / OBS %03d".formatted(countryCode, countrySequence, issuedOn.getMonthValue(),
                issuedOn.getYear() % 100, running);
    }
}
