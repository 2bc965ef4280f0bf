package org.tocsin.cases.people;

import org.springframework.validation.BindingResult;
import org.tocsin.web.InvalidInputException;

/** Puts the rule violations a service found next to the fields of a page form. */
final class FormErrors {

    private FormErrors() {
    }

    static void add(BindingResult errors, InvalidInputException e) {
        for (InvalidInputException.FieldError error : e.errors()) {
            errors.rejectValue(error.field(), error.messageKey(), error.arguments(), error.messageKey());
        }
    }
}
