package org.tocsin.cases.people;

import java.util.List;

/**
 * A new person whose name matches people already recorded. Nothing was written; the caller
 * shows the candidates and asks again with {@code confirmNew} if it really is someone else.
 */
public class PossibleDuplicateException extends RuntimeException {

    private final List<PersonMatch> matches;

    public PossibleDuplicateException(List<PersonMatch> matches) {
        super("possible duplicate of " + matches.stream().map(m -> m.person().id()).toList());
        this.matches = List.copyOf(matches);
    }

    public List<PersonMatch> matches() {
        return matches;
    }
}
