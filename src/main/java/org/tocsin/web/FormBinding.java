package org.tocsin.web;

import java.beans.PropertyEditorSupport;
import java.util.function.Function;
import org.springframework.beans.propertyeditors.CustomBooleanEditor;
import org.springframework.core.ResolvableType;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Forms are records, built through their constructor; one number or yes/no that does not parse
 * would leave no form at all, and the page showing the errors would fail. A hand-made request
 * (a browser sends these from selects and number inputs) that puts text there gets the field
 * treated as empty instead: a required one is then reported as missing, an optional one ignored.
 */
@ControllerAdvice
class FormBinding {

    @InitBinder
    void lenientNumbers(WebDataBinder binder) {
        ResolvableType type = binder.getTargetType();
        Class<?> target = type == null ? null : type.resolve();
        if (target == null || !target.isRecord()) {
            return;
        }
        binder.registerCustomEditor(Long.class, new Lenient(Long::valueOf));
        binder.registerCustomEditor(long.class, new Lenient(Long::valueOf));
        binder.registerCustomEditor(Integer.class, new Lenient(Integer::valueOf));
        binder.registerCustomEditor(int.class, new Lenient(Integer::valueOf));
        binder.registerCustomEditor(Boolean.class, new LenientBoolean());
        binder.registerCustomEditor(boolean.class, new LenientBoolean());
    }

    /** Text to a number, or empty when it is none. */
    private static final class Lenient extends PropertyEditorSupport {
        private final Function<String, Object> parse;

        Lenient(Function<String, Object> parse) {
            this.parse = parse;
        }

        @Override
        public void setAsText(String text) {
            try {
                setValue(text == null || text.isBlank() ? null : parse.apply(text.strip()));
            } catch (NumberFormatException notANumber) {
                setValue(null);
            }
        }
    }

    /** "true", "on", "yes", "1" and their opposites; anything else is no. */
    private static final class LenientBoolean extends PropertyEditorSupport {
        private final CustomBooleanEditor strict = new CustomBooleanEditor(true);

        @Override
        public void setAsText(String text) {
            try {
                strict.setAsText(text);
                setValue(strict.getValue());
            } catch (IllegalArgumentException notYesOrNo) {
                setValue(null);
            }
        }
    }
}
