package org.tocsin.web;

/** A record asked for by id that does not exist (or that the user may not see). */
public class NotFoundException extends RuntimeException {

    private final String kind;
    // Kept as text so that messages show "1234", not a formatted number "1,234".
    private final String id;

    public NotFoundException(String kind, Object id) {
        super(kind + " " + id + " not found");
        this.kind = kind;
        this.id = String.valueOf(id);
    }

    /** The message key of the record kind, e.g. {@code case}, {@code person}. */
    public String kind() {
        return kind;
    }

    public String id() {
        return id;
    }
}
