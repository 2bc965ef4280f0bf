package org.tocsin.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The address links in mail point to. Set {@code TOCSIN_BASE_URL} (e.g. https://tocsin.example.org)
 * in production: without it the address is taken from the request, whose Host header a
 * stranger asking for a reset link controls.
 */
@Component
class BaseUrl {

    private final String configured;

    BaseUrl(@Value("${tocsin.base-url:${TOCSIN_BASE_URL:}}") String configured) {
        this.configured = configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
    }

    String of(HttpServletRequest request) {
        return configured.isBlank()
                ? ServletUriComponentsBuilder.fromContextPath(request).replaceQuery(null).build().toUriString()
                : configured;
    }
}
