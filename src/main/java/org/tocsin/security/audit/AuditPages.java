package org.tocsin.security.audit;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import org.tocsin.web.Page;

/**
 * The audit log for administrators, filtered by user, kind of record and dates. Method security
 * is not switched on, so the page checks the role itself: others get 403.
 */
@Controller
@RequestMapping("/admin/audit")
class AuditPages {

    private final AuditLog audit;

    AuditPages(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "") String user, @RequestParam(defaultValue = "") String kind,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(defaultValue = "1") int page, Model model) {
        requireAdministrator();
        int size = Page.DEFAULT_SIZE;
        AuditLog.Listing listing = audit.search(new AuditLog.Filter(user, kind, from, to), Page.offset(page, size), size);
        model.addAttribute("user", user);
        model.addAttribute("kind", kind);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("users", audit.actors());
        model.addAttribute("kinds", audit.recordKinds());
        model.addAttribute("filtered", !user.isBlank() || !kind.isBlank() || from != null || to != null);
        model.addAttribute("page", new Page<>(listing.items(), Math.max(1, page), size, listing.total(),
                n -> UriComponentsBuilder.fromPath("/admin/audit").queryParam("user", user).queryParam("kind", kind)
                        .queryParamIfPresent("from", java.util.Optional.ofNullable(from))
                        .queryParamIfPresent("to", java.util.Optional.ofNullable(to))
                        .queryParam("page", n).toUriString()));
        return "audit/list";
    }

    private static void requireAdministrator() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean administrator = authentication != null && authentication.getAuthorities().stream()
                .anyMatch(a -> "ROLE_ADMINISTRATOR".equals(a.getAuthority()));
        if (!administrator) {
            throw new AccessDeniedException("administrators only");
        }
    }
}
