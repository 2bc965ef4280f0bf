package org.tocsin.web;

/** A record asked for by id that does not exist (or that the user may not see). */
public class NotFoundException extends RuntimeException {

    private final String kind;
    private final Object id;

    public NotFoundException(String kind, Object id) {
        super(kind + " " + id + " not found");
        this.kind = kind;
        this.id = id;
    }

    /** The message key of the record kind, e.g. {@code case}, {@code person}. */
    public String kind() {
        return kind;
    }

    public Object id() {
        return id;
    }
}
