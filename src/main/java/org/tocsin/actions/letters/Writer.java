package org.tocsin.actions.letters;

/**
 * The member who sends the letter, as typed on the public page. Both fields may be blank: the
 * letter then leaves a line to write them in by hand. Nothing of it is stored.
 */
public record Writer(String name, String town) {

    public static final Writer ANONYMOUS = new Writer(null, null);
    static final int MAX = 200;

    public Writer {
        name = clean(name);
        town = clean(town);
    }

    /** One line of plain text: control characters (a typed line break) become spaces; null when blank. */
    private static String clean(String value) {
        if (value == null) {
            return null;
        }
        String line = value.replaceAll("[\\p{Cntrl}\\u2028\\u2029]", " ").replaceAll("\\s+", " ").strip();
        if (line.isEmpty()) {
            return null;
        }
        return line.length() > MAX ? line.substring(0, MAX) : line;
    }
}
