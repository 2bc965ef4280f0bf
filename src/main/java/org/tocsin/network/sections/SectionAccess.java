package org.tocsin.network.sections;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.tocsin.security.UserAccounts;

/**
 * Who may change what: administrators everything; a section's coordinators its local targets
 * and localisations; every other staff member reads. Checked in the services, so the API and
 * the pages answer alike (403).
 */
@Component
class SectionAccess {

    private final JdbcClient db;
    private final UserAccounts accounts;

    SectionAccess(JdbcClient db, UserAccounts accounts) {
        this.db = db;
        this.accounts = accounts;
    }

    boolean isAdministrator() {
        return hasRole("ROLE_ADMINISTRATOR");
    }

    boolean isCoordinator() {
        return hasRole("ROLE_COORDINATOR");
    }

    /** The sections the current user coordinates. */
    List<Long> mySections() {
        return currentUserId().map(user -> db.sql("select section_id from section_coordinator where user_id = ? order by section_id")
                .param(user).query(Long.class).list()).orElse(List.of());
    }

    boolean canManage(long sectionId) {
        return isAdministrator() || currentUserId().map(user -> db.sql(
                        "select exists (select 1 from section_coordinator where section_id = ? and user_id = ?)")
                .params(sectionId, user).query(Boolean.class).single()).orElse(false);
    }

    void requireManage(long sectionId) {
        if (!canManage(sectionId)) {
            throw new AccessDeniedException("not a coordinator of section " + sectionId);
        }
    }

    /**
     * Refuses up front, before any record is looked up, whoever could manage no section at all
     * (researchers): they get 403 whatever the id, coordinators learn only then whether it exists.
     */
    void requireSectionWork() {
        if (!isAdministrator() && !isCoordinator()) {
            throw new AccessDeniedException("administrators and coordinators only");
        }
    }

    void requireAdministrator() {
        if (!isAdministrator()) {
            throw new AccessDeniedException("administrators only");
        }
    }

    private Optional<Long> currentUserId() {
        return current().flatMap(a -> accounts.find(a.getName())).map(UserAccounts.Account::id);
    }

    private boolean hasRole(String role) {
        return current().map(a -> a.getAuthorities().stream().anyMatch(g -> role.equals(g.getAuthority()))).orElse(false);
    }

    private static Optional<Authentication> current() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        return a == null || !a.isAuthenticated() || a instanceof AnonymousAuthenticationToken ? Optional.empty() : Optional.of(a);
    }
}
