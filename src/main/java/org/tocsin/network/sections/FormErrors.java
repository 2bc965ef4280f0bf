package org.tocsin.network.sections;

import org.springframework.beans.BeansException;
import org.springframework.validation.BindingResult;
import org.tocsin.web.InvalidInputException;

/** Puts a service's field errors on a page form; one about a field the form lacks goes on top. */
final class FormErrors {

    private FormErrors() {
    }

    static void show(InvalidInputException e, BindingResult errors) {
        for (InvalidInputException.FieldError error : e.errors()) {
            try {
                errors.rejectValue(error.field(), error.messageKey(), error.arguments(), null);
            } catch (BeansException notAFieldOfTheForm) {
                errors.reject(error.messageKey(), error.arguments(), null);
            }
        }
    }
}
