package org.tocsin.cases;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tocsin.security.audit.AuditLog;
import org.tocsin.web.InvalidInputException;
import org.tocsin.web.NotFoundException;

/**
 * Who may see which case. A restricted case, its incidents, accounts and investigations, and the
 * persons and sources that belong to no case the viewer may see, do not exist for anyone else:
 * every query that returns case-file records or counts adds one of the SQL conditions of this
 * class, and a single record asked for by id is a 404, never a 403 that would confirm it exists.
 *
 * <p>Who sees a restricted case: the accounts named on it, and administrators (they manage the
 * lists and could reset any named account's password anyway, so hiding cases from them would be a
 * promise Tocsin cannot keep; an administrator's view of a case they are not named on is
 * audited). Researchers named on a case, and administrators, change its list.
 *
 * <p>The viewer is the account of the request being served (Spring Security's context). Work that
 * runs outside any request (start-up, the command line, scheduled jobs) has no account and sees
 * everything; an anonymous visitor sees only open cases.
 */
@Service
public class CaseAccess {

    /** An account named on a restricted case. */
    public record Reader(long userId, String username, String displayName) {
    }

    /** Whether a case is restricted, and to whom. */
    public record Restriction(boolean restricted, List<Reader> readers) {
    }

    /** An account that could be named on a case. */
    public record Candidate(long id, String username, String displayName) {
    }

    /** Whose eyes a query serves: everything, or open cases plus those naming {@code userId} (-1: none). */
    private record Viewer(boolean all, long userId) {
    }

    private final JdbcClient db;
    private final AuditLog audit;

    CaseAccess(JdbcClient db, AuditLog audit) {
        this.db = db;
        this.audit = audit;
    }

    // ---------------------------------------------------------------- SQL conditions

    /**
     * SQL condition true when the case whose id is in {@code caseIdColumn} may be seen by the
     * current viewer. The account id is a number read here, never text from a request.
     */
    public String visibleCase(String caseIdColumn) {
        Viewer viewer = viewer();
        if (viewer.all()) {
            return "true";
        }
        return "not exists (select 1 from case_file ca_c where ca_c.id = " + caseIdColumn + " and ca_c.restricted"
                + " and not exists (select 1 from case_file_reader ca_r where ca_r.case_id = ca_c.id"
                + " and ca_r.user_id = " + viewer.userId() + "))";
    }

    /**
     * SQL condition true when the person whose id is in {@code personIdColumn} may be seen: they
     * belong to no case, or to at least one the viewer may see.
     */
    public String visiblePerson(String personIdColumn) {
        return belongsToVisibleCase("person_case", "person_id", personIdColumn);
    }

    /** SQL condition true when the source in {@code sourceIdColumn} tells of no case, or of one the viewer may see. */
    public String visibleSource(String sourceIdColumn) {
        return belongsToVisibleCase("source_case", "source_id", sourceIdColumn);
    }

    private String belongsToVisibleCase(String view, String column, String idColumn) {
        if (viewer().all()) {
            return "true";
        }
        return "(not exists (select 1 from " + view + " ca_l where ca_l." + column + " = " + idColumn + ")"
                + " or exists (select 1 from " + view + " ca_v where ca_v." + column + " = " + idColumn
                + " and " + visibleCase("ca_v.case_id") + "))";
    }

    // ---------------------------------------------------------------- checks

    public boolean canSee(long caseId) {
        return db.sql("select exists (select 1 from case_file c where c.id = ? and " + visibleCase("c.id") + ")")
                .param(caseId).query(Boolean.class).single();
    }

    /** 404 for a case that does not exist or that the viewer may not see: the same answer for both. */
    public void requireVisible(long caseId) {
        if (!canSee(caseId)) {
            throw new NotFoundException("case", caseId);
        }
    }

    /** Whether the current account may change who sees the case: an administrator, or a researcher who sees it. */
    public boolean canManage(long caseId) {
        return (hasRole("ADMINISTRATOR") || hasRole("RESEARCHER")) && canSee(caseId);
    }

    // ---------------------------------------------------------------- the list of named accounts

    public Restriction restriction(long caseId) {
        requireVisible(caseId);
        boolean restricted = db.sql("select restricted from case_file where id = ?").param(caseId)
                .query(Boolean.class).single();
        List<Reader> readers = db.sql("""
                        select u.id as user_id, u.username, u.display_name from case_file_reader r
                        join app_user u on u.id = r.user_id where r.case_id = ? order by lower(u.username)""")
                .param(caseId).query(Reader.class).list();
        return new Restriction(restricted, readers);
    }

    /** Enabled staff accounts not yet named on the case, for the select that adds one. */
    public List<Candidate> candidates(long caseId) {
        return db.sql("""
                        select u.id, u.username, u.display_name from app_user u
                        where u.enabled and u.role in ('ADMINISTRATOR', 'RESEARCHER', 'COORDINATOR')
                          and not exists (select 1 from case_file_reader r where r.case_id = ? and r.user_id = u.id)
                        order by lower(u.username)""")
                .param(caseId).query(Candidate.class).list();
    }

    /**
     * Restricts a case or opens it to all staff again. A researcher who restricts a case is named
     * on it at once, so they do not lock themselves out.
     */
    @Transactional
    public void setRestricted(long caseId, boolean restricted) {
        requireManager(caseId);
        db.sql("update case_file set restricted = ?, updated_at = now() where id = ?").params(restricted, caseId).update();
        if (restricted && !hasRole("ADMINISTRATOR")) {
            currentUserId().ifPresent(id -> insertReader(caseId, id));
        }
        audit.record(restricted ? "restrict" : "unrestrict", "case", caseId, List.of("restricted"));
    }

    @Transactional
    public void addReader(long caseId, Long userId) {
        requireManager(caseId);
        if (userId == null) {
            throw InvalidInputException.of("userId", "validation.required");
        }
        if (candidates(caseId).stream().noneMatch(c -> c.id() == userId)) {
            throw InvalidInputException.of("userId", "case.access.unknownUser");
        }
        insertReader(caseId, userId);
        audit.record("add-reader", "case", caseId, List.of("readers"));
    }

    /** Takes an account off the case's list; the case is hidden from it again at its next request. */
    @Transactional
    public void removeReader(long caseId, long userId) {
        requireManager(caseId);
        if (db.sql("delete from case_file_reader where case_id = ? and user_id = ?").params(caseId, userId).update() == 0) {
            throw new NotFoundException("reader", userId);
        }
        audit.record("remove-reader", "case", caseId, List.of("readers"));
    }

    /**
     * Records in the audit log that an account not named on a restricted case (an administrator)
     * opened it: administrators see every case, and this is how that stays accountable.
     */
    @Transactional
    public void auditViewIfNotNamed(long caseId) {
        Viewer viewer = viewer();
        if (!viewer.all() || SecurityContextHolder.getContext().getAuthentication() == null) {
            return;
        }
        boolean unnamedView = db.sql("""
                        select c.restricted and not exists (select 1 from case_file_reader r join app_user u on u.id = r.user_id
                                                            where r.case_id = c.id and lower(u.username) = lower(?))
                        from case_file c where c.id = ?""")
                .params(AuditLog.currentActor(), caseId).query(Boolean.class).optional().orElse(false);
        if (unnamedView) {
            audit.record("view", "case", caseId, List.of("restricted"));
        }
    }

    private void insertReader(long caseId, long userId) {
        db.sql("insert into case_file_reader (case_id, user_id) values (?, ?) on conflict do nothing")
                .params(caseId, userId).update();
    }

    private void requireManager(long caseId) {
        requireVisible(caseId);
        if (!canManage(caseId)) {
            throw new org.springframework.security.access.AccessDeniedException("not allowed to manage this case's access");
        }
    }

    // ---------------------------------------------------------------- the viewer

    private Viewer viewer() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return new Viewer(true, -1);
        }
        if (authentication instanceof AnonymousAuthenticationToken || !authentication.isAuthenticated()) {
            return new Viewer(false, -1);
        }
        if (hasRole("ADMINISTRATOR")) {
            return new Viewer(true, -1);
        }
        return new Viewer(false, currentUserId().orElse(-1L));
    }

    private java.util.Optional<Long> currentUserId() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            return java.util.Optional.empty();
        }
        return db.sql("select id from app_user where lower(username) = lower(?) and enabled")
                .param(authentication.getName()).query(Long.class).optional();
    }

    private static boolean hasRole(String role) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).anyMatch(("ROLE_" + role)::equals);
    }
}
