package org.tocsin.web;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.function.IntFunction;

/**
 * One page of a list. {@code number} counts from 1. The link function makes the address of
 * another page with the list's other query parameters kept.
 */
public record Page<T>(List<T> items, int number, int size, long total, @JsonIgnore IntFunction<String> linkTo) {

    public static final int DEFAULT_SIZE = 25;

    public int pageCount() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public String link(int page) {
        return linkTo.apply(page);
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    /** The row offset of a page number, clamped to the first page. */
    public static int offset(int number, int size) {
        return (Math.max(1, number) - 1) * size;
    }
}
