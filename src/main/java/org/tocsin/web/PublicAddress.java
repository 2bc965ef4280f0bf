package org.tocsin.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The service's public address, for links that leave it: mailed links, feeds, calendars. Set
 * {@code TOCSIN_BASE_URL} (e.g. https://tocsin.example.org) in production: without it the
 * address comes from the request, whose Host header a stranger asking for a reset link
 * controls, and feed entry ids change with the name a reader used.
 */
@Component
public class PublicAddress {

    private final String configured;
    private final Environment environment;

    public PublicAddress(@Value("${tocsin.base-url:}") String configured, Environment environment) {
        this.configured = configured.strip().replaceAll("/+$", "");
        this.environment = environment;
    }

    /**
     * The address for links that carry a secret (password reset, invitation). Never taken from
     * the request: a stranger asking for a reset link for someone else chooses its Host header,
     * and the victim would get a real token in a link to the stranger's site. Without
     * {@code TOCSIN_BASE_URL} such links point to this machine, which is right for a trial.
     */
    public String forSecretLinks() {
        if (!configured.isEmpty()) {
            return configured;
        }
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        return "http://localhost:" + port;
    }

    /** The address without a trailing slash, for the request being served. */
    public String of(HttpServletRequest request) {
        return configured.isEmpty()
                ? ServletUriComponentsBuilder.fromContextPath(request).replaceQuery(null).build().toUriString()
                : configured;
    }

    /** The same, for the request bound to the current thread. */
    public String current() {
        return configured.isEmpty()
                ? ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString()
                : configured;
    }
}
