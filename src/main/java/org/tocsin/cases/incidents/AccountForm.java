package org.tocsin.cases.incidents;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * One source's account of an incident: the source, a short summary and the facts it states.
 * Rows whose key and value are both blank are ignored (forms offer a few spare rows).
 */
public record AccountForm(
        @NotNull(message = "{validation.required}") Long sourceId,
        @Size(max = 5000, message = "{validation.tooLong}") String summary,
        List<Fact> facts,
        Integer version) {
}
