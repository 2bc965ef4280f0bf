package org.tocsin.web;

/**
 * A save based on a version of a record that someone else has changed since. Nothing was
 * written; the user has to reload and apply their change again.
 */
public class ConcurrentEditException extends RuntimeException {

    private final String kind;
    // Kept as text so that messages show "1234", not a formatted number "1,234".
    private final String id;

    public ConcurrentEditException(String kind, Object id) {
        super(kind + " " + id + " was changed by someone else");
        this.kind = kind;
        this.id = String.valueOf(id);
    }

    public String kind() {
        return kind;
    }

    public String id() {
        return id;
    }
}
