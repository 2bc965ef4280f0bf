package org.tocsin.security;

import java.util.Collection;
import java.util.Set;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * How sensitive a field is, and so who may read it. The level of every non-public field is
 * declared once, in {@link FieldSensitivity}.
 *
 * <ul>
 *   <li>{@link #PUBLIC}: anyone, strangers included, but only on published records (an issued UA);
 *       a draft's public fields are still staff-only.</li>
 *   <li>{@link #INTERNAL}: staff (administrators, researchers, section coordinators).</li>
 *   <li>{@link #CONFIDENTIAL}: administrators and researchers; for a restricted case, only those
 *       {@code CaseAccess} lets see the case. Stored sealed by the vault, and every opening is an
 *       audit entry.</li>
 * </ul>
 *
 * Work outside a request (start-up, the command line, scheduled jobs) has no account and may read
 * every level, as it may see every case.
 */
public enum Sensitivity {

    PUBLIC(Set.of()),
    INTERNAL(Set.of("ADMINISTRATOR", "RESEARCHER", "COORDINATOR")),
    CONFIDENTIAL(Set.of("ADMINISTRATOR", "RESEARCHER"));

    private final Set<String> roles;

    Sensitivity(Set<String> roles) {
        this.roles = roles;
    }

    /** The roles (without the ROLE_ prefix) that may read a value of this level; empty for public: everyone. */
    public Set<String> roles() {
        return roles;
    }

    /** Whether an account with these roles (names without the ROLE_ prefix) may read this level. */
    public boolean readableBy(Collection<String> accountRoles) {
        return this == PUBLIC || accountRoles.stream().anyMatch(roles::contains);
    }

    /** Whether the account of the current request may read this level; work outside any request may. */
    public boolean readableNow() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return true;
        }
        if (authentication instanceof AnonymousAuthenticationToken || !authentication.isAuthenticated()) {
            return this == PUBLIC;
        }
        return readableBy(authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .map(a -> a.startsWith("ROLE_") ? a.substring(5) : a).toList());
    }
}
