package org.tocsin.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request whose parameters hold a NUL character: no form needs one, and PostgreSQL
 * cannot store one in text, so it would otherwise fail deep inside a save. JSON bodies are
 * checked by {@link ApiExceptionHandler} (the database's refusal becomes a 400).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class NulByteFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!isMultipart(request) && request.getParameterMap().values().stream()
                .flatMap(java.util.Arrays::stream).anyMatch(value -> value != null && value.indexOf('\0') >= 0)) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
    }
}
