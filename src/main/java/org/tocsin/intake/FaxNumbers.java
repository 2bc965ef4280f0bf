package org.tocsin.intake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fax numbers as printed, with the country code written "+N": "+7 495 606 5173 / 630 2408" is
 * two numbers, the second sharing the first one's leading digits; "(+33) (0) 3 88 24 19 74"
 * drops the trunk zero that is never dialled from abroad.
 */
final class FaxNumbers {

    /** One number: stops at "/", ";" and "," which separate numbers. */
    private static final Pattern NUMBER = Pattern.compile("(?:\\(\\s*\\+?\\s*\\d{1,4}\\s*\\)|\\+\\s?\\d|\\d)[\\d\\s().\\-]*\\d");

    private static final Pattern TRUNK_ZERO = Pattern.compile("\\(\\s*0\\s*\\)");

    /** Two-digit country calling codes; 1 and 7 have one digit, the rest three. */
    private static final Set<String> TWO_DIGIT_CODES = Set.of("20", "27", "30", "31", "32", "33", "34", "36", "39", "40", "41",
            "43", "44", "45", "46", "47", "48", "49", "51", "52", "53", "54", "55", "56", "57", "58", "60", "61", "62", "63", "64",
            "65", "66", "81", "82", "84", "86", "90", "91", "92", "93", "94", "95", "98");

    private FaxNumbers() {
    }

    static List<String> parse(String printed) {
        Map<String, String> numbers = new LinkedHashMap<>();
        String previous = null;
        Matcher number = NUMBER.matcher(TRUNK_ZERO.matcher(printed).replaceAll(" "));
        while (number.find()) {
            String normalised = normalise(number.group());
            String digits = digits(normalised);
            if (digits.length() < 5) {
                continue;
            }
            if (previous != null && !normalised.startsWith("+") && previous.startsWith("+") && digits.length() < digits(previous).length()) {
                normalised = prefixOf(previous, digits(previous).length() - digits.length()) + " " + normalised;
            }
            numbers.putIfAbsent(digits(normalised), normalised);
            previous = normalised;
        }
        return new ArrayList<>(numbers.values());
    }

    private static String normalise(String raw) {
        String number = raw.replaceAll("[()]", " ").replaceAll("[.\\-]", " ").replaceAll("\\s+", " ").strip();
        number = number.replaceAll("^\\+\\s+", "+");
        if (number.startsWith("00")) {
            number = "+" + number.substring(2).stripLeading();
        }
        if (number.startsWith("+")) {
            String firstGroup = number.substring(1).split(" ")[0];
            int codeLength = callingCodeLength(digits(number));
            if (firstGroup.length() > codeLength) {
                number = "+" + firstGroup.substring(0, codeLength) + " " + number.substring(1 + codeLength);
            }
        }
        return number;
    }

    private static int callingCodeLength(String digits) {
        if (digits.startsWith("1") || digits.startsWith("7")) {
            return 1;
        }
        return digits.length() >= 2 && TWO_DIGIT_CODES.contains(digits.substring(0, 2)) ? 2 : 3;
    }

    /** The printed number up to (not including) the digit at {@code digitCount}. */
    private static String prefixOf(String number, int digitCount) {
        int seen = 0;
        for (int i = 0; i < number.length(); i++) {
            if (Character.isDigit(number.charAt(i)) && seen++ == digitCount) {
                return number.substring(0, i).strip();
            }
        }
        return number;
    }

    static String digits(String text) {
        return text.replaceAll("\\D", "");
    }
}
