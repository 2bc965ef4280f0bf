package org.tocsin.intake;

/**
 * Where a field was read: characters {@code start} to {@code end} (exclusive) of the cleaned
 * text. {@code field} is the field's JSON name (code, follow_up_of, issue_date, deadline, title,
 * persons_at_risk, targets); {@code index} is the list entry it belongs to, 0 for single fields.
 */
public record Span(String field, int index, int start, int end) {
}
