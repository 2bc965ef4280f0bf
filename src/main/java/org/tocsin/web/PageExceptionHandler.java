package org.tocsin.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** Missing records and lost edits on staff pages: a page that says so, never a stack trace. */
@ControllerAdvice(annotations = Controller.class)
class PageExceptionHandler {

    private final LayoutModel layout;

    PageExceptionHandler(LayoutModel layout) {
        this.layout = layout;
    }

    @ExceptionHandler(NotFoundException.class)
    String notFound(NotFoundException e, Model model, HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        // @ModelAttribute methods do not run for exception handlers: the layout's model is added here.
        model.addAttribute("currentUser", layout.currentUser());
        model.addAttribute("languageLinks", layout.languageLinks(request));
        model.addAttribute("isAdministrator", layout.isAdministrator());
        model.addAttribute("kind", e.kind());
        model.addAttribute("id", e.id());
        return "web/not-found";
    }
}
