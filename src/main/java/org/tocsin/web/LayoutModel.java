package org.tocsin.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/** What every page's layout needs: who is logged in and the same page in each language. */
@ControllerAdvice
class LayoutModel {

    @ModelAttribute("currentUser")
    String currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return null;
        }
        return authentication.getName();
    }

    @ModelAttribute("isAdministrator")
    boolean isAdministrator() {
        return hasRole("ADMINISTRATOR");
    }

    /** Administrators and researchers: they open confidential material such as uploaded documents. */
    @ModelAttribute("isResearching")
    boolean isResearching() {
        return hasRole("ADMINISTRATOR") || hasRole("RESEARCHER");
    }

    /** Administrators and section coordinators: they look after members and report a section's actions. */
    @ModelAttribute("isCoordinating")
    boolean isCoordinating() {
        return hasRole("ADMINISTRATOR") || hasRole("COORDINATOR");
    }

    private static boolean hasRole(String role) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(authority -> ("ROLE_" + role).equals(authority.getAuthority()));
    }

    @ModelAttribute("languageLinks")
    Map<String, String> languageLinks(HttpServletRequest request) {
        return Map.of("en", sameWithLanguage(request, "en"), "ru", sameWithLanguage(request, "ru"));
    }

    private static String sameWithLanguage(HttpServletRequest request, String language) {
        String query = request.getQueryString();
        return UriComponentsBuilder.fromPath(request.getRequestURI())
                .query(query)
                .replaceQueryParam("lang", language)
                .build()
                .toUriString();
    }
}
