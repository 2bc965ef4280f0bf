package org.tocsin.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** Missing records and lost edits on staff pages: a page that says so, never a stack trace. */
@ControllerAdvice(annotations = Controller.class)
class PageExceptionHandler {

    @ExceptionHandler(NotFoundException.class)
    String notFound(NotFoundException e, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        model.addAttribute("kind", e.kind());
        model.addAttribute("id", e.id());
        return "web/not-found";
    }
}
