package org.tocsin.web;

import java.util.List;

/**
 * Input that breaks a rule a service checks (beyond bean validation). Each error names the
 * field and carries a message key, so pages and the API can say which field and why.
 */
public class InvalidInputException extends RuntimeException {

    public record FieldError(String field, String messageKey, Object... arguments) {
    }

    private final List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super("invalid input: " + errors.stream().map(FieldError::field).toList());
        this.errors = List.copyOf(errors);
    }

    public static InvalidInputException of(String field, String messageKey, Object... arguments) {
        return new InvalidInputException(List.of(new FieldError(field, messageKey, arguments)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
