package org.tocsin.actions.letters;

import java.time.LocalDate;
import java.util.List;

/**
 * What a letter says about the urgent action it answers: the code to quote, the persons at risk
 * by name, and the deadline (null when there is none; a localisation may give its own).
 */
public record ActionFacts(String code, List<String> persons, LocalDate deadline) {

    public ActionFacts {
        persons = persons == null ? List.of() : List.copyOf(persons);
    }
}
