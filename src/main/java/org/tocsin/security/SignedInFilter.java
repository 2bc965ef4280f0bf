package org.tocsin.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * For a logged-in user: notes the device's address for the sessions page, and keeps an
 * administrator or researcher who has not enrolled a second factor on the enrolment page.
 */
class SignedInFilter extends OncePerRequestFilter {

    static final String USER_AGENT = "tocsin.device.userAgent";
    static final String ADDRESS = "tocsin.device.address";
    private static final List<String> OPEN_WHILE_ENROLLING = List.of("/account/two-factor", "/logout", "/login",
            "/css/", "/js/", "/webjars/", "/favicon.ico", "/error");

    private final TwoFactor twoFactor;

    SignedInFilter(TwoFactor twoFactor) {
        this.twoFactor = twoFactor;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (user == null || !user.isAuthenticated() || user instanceof AnonymousAuthenticationToken) {
            chain.doFilter(request, response);
            return;
        }
        noteDevice(request);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (OPEN_WHILE_ENROLLING.stream().noneMatch(path::startsWith) && twoFactor.mustEnrol(user.getName())) {
            response.sendRedirect(request.getContextPath() + "/account/two-factor");
            return;
        }
        chain.doFilter(request, response);
    }

    static void noteDevice(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return;
        }
        // Written only when changed: each write is a database update.
        if (!Objects.equals(session.getAttribute(ADDRESS), request.getRemoteAddr())) {
            session.setAttribute(ADDRESS, request.getRemoteAddr());
        }
        String agent = Objects.requireNonNullElse(request.getHeader("User-Agent"), "");
        if (!Objects.equals(session.getAttribute(USER_AGENT), agent)) {
            session.setAttribute(USER_AGENT, agent.length() > 300 ? agent.substring(0, 300) : agent);
        }
    }
}
