package org.tocsin.security;

import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tocsin.security.audit.AuditLog;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tocsin.web.ConcurrentEditException;
import org.tocsin.web.InvalidInputException;
import org.tocsin.web.NotFoundException;

/** Staff accounts: who can log in, with which role. */
@Service
public class UserAccounts implements UserDetailsService {

    public enum Role {
        ADMINISTRATOR, RESEARCHER, COORDINATOR, MEMBER;

        /** Roles whose accounts hold the most: they must log in with a second factor. */
        public boolean needsTwoFactor() {
            return this == ADMINISTRATOR || this == RESEARCHER;
        }
    }

    public record Account(long id, String username, String displayName, String email, Role role, boolean enabled,
                          boolean twoFactor, int version) {
    }

    public record Listing(List<Account> items, long total) {
    }

    static final int MIN_PASSWORD_LENGTH = 12;
    private static final String COLUMNS = "id, username, display_name, email, role, enabled, totp_enabled as two_factor, version";

    private final JdbcClient db;
    private final PasswordEncoder passwords;
    private final Revocations revocations;
    private final AuditLog audit;

    UserAccounts(JdbcClient db, PasswordEncoder passwords, Revocations revocations, AuditLog audit) {
        this.audit = audit;
        this.db = db;
        this.passwords = passwords;
        this.revocations = revocations;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        record Row(String username, String passwordHash, String role, boolean enabled) {
        }
        Row row = db.sql("select username, password_hash, role, enabled from app_user where lower(username) = lower(?)")
                .param(username)
                .query(Row.class)
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
        return User.withUsername(row.username())
                .password(row.passwordHash())
                .roles(row.role())
                .disabled(!row.enabled())
                .build();
    }

    public Optional<Account> find(String username) {
        return db.sql("select " + COLUMNS + " from app_user where lower(username) = lower(?)")
                .param(username)
                .query(Account.class)
                .optional();
    }

    public Account get(long id) {
        return db.sql("select " + COLUMNS + " from app_user where id = ?")
                .param(id)
                .query(Account.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("user", id));
    }

    /** The enabled account with this user name or e-mail address, if any. */
    Optional<Account> findByNameOrEmail(String identifier) {
        return db.sql("select " + COLUMNS + " from app_user where enabled and (lower(username) = lower(:id) or lower(email) = lower(:id))")
                .param("id", identifier.strip())
                .query(Account.class)
                .optional();
    }

    public long count() {
        return db.sql("select count(*) from app_user").query(Long.class).single();
    }

    public Listing list(int offset, int limit) {
        List<Account> items = db.sql("select " + COLUMNS + " from app_user order by lower(username) limit ? offset ?")
                .params(limit, offset)
                .query(Account.class)
                .list();
        return new Listing(items, count());
    }

    @Transactional
    public Account create(String username, String displayName, Role role, String password) {
        return create(username, displayName, null, role, password);
    }

    /** Creates an account; without a password nobody can log in to it until a reset link sets one. */
    @Transactional
    public Account create(String username, String displayName, String email, Role role, String password) {
        if (find(username).isPresent()) {
            throw InvalidInputException.of("username", "security.users.usernameTaken");
        }
        if (isEmailTaken(email)) {
            throw InvalidInputException.of("email", "security.users.emailTaken");
        }
        String hash = password == null ? "!" + Secrets.token() : passwords.encode(password);
        try {
            long id = db.sql("""
                            insert into app_user (username, display_name, email, role, password_hash)
                            values (?, ?, ?, ?, ?) returning id""")
                    .params(username, displayName, blankToNull(email), role.name(), hash)
                    .query(Long.class)
                    .single();
            List<String> fields = new java.util.ArrayList<>(List.of("username", "displayName", "role"));
            if (blankToNull(email) != null) {
                fields.add("email");
            }
            if (password != null) {
                fields.add("password");
            }
            audit.record("create", "user", id, fields);
            return get(id);
        } catch (DuplicateKeyException e) {
            // Someone took the name or address between the checks and the insert; the transaction
            // is aborted now, so no further query can say which.
            throw InvalidInputException.of("username", "security.users.usernameTaken");
        }
    }

    private boolean isEmailTaken(String email) {
        return email != null && !email.isBlank()
                && db.sql("select count(*) from app_user where lower(email) = lower(?)").param(email.strip()).query(Long.class).single() > 0;
    }

    /** Enables or disables an account. A disabled account's sessions end and its API tokens stop working. */
    @Transactional
    public void setEnabled(String actor, long id, int version, boolean enabled) {
        Account account = get(id);
        if (!enabled && account.username().equalsIgnoreCase(actor)) {
            throw InvalidInputException.of("enabled", "security.users.cannotDisableSelf");
        }
        if (!enabled && account.role() == Role.ADMINISTRATOR) {
            requireAnotherAdministrator(id);
        }
        update(id, version, "enabled = ?", enabled);
        audit.record(enabled ? "enable" : "disable", "user", id, List.of("enabled"));
        if (!enabled) {
            revocations.endSessions(account.username());
        }
    }

    /** Changes an account's role; its sessions end, so the new role applies from the next login. */
    @Transactional
    public void changeRole(long id, int version, Role role) {
        Account account = get(id);
        if (account.role() == Role.ADMINISTRATOR && role != Role.ADMINISTRATOR) {
            requireAnotherAdministrator(id);
        }
        update(id, version, "role = ?", role.name());
        audit.record("update", "user", id, List.of("role"));
        // Also for an administrator who demotes themselves: their session must not keep the old role.
        revocations.endSessions(account.username());
    }

    /**
     * Sets an account's password; {@code action} names how in the audit log ("reset-password" by a
     * link, "change-password" by the user), and the account itself is the actor of a reset.
     */
    @Transactional
    void setPassword(long id, String password, String action) {
        db.sql("update app_user set password_hash = ?, version = version + 1 where id = ?")
                .params(passwords.encode(password), id)
                .update();
        String actor = AuditLog.currentActor();
        if (AuditLog.SYSTEM.equals(actor)) {
            actor = get(id).username();
        }
        audit.record(actor, action, "user", id, List.of("password"));
    }

    /**
     * The user changes their own password: the current one must be right (a wrong one counts as a
     * failed login, so a stolen session cannot guess it), the new one follows the usual rule, and
     * every other session of the account ends. Errors name the field; nothing changes on error.
     */
    @Transactional
    void changePassword(String username, String current, String password, String confirmation,
                               String keepSessionId, String address, LoginThrottle throttle) {
        record Row(long id, String passwordHash) {
        }
        Row row = db.sql("select id, password_hash from app_user where lower(username) = lower(?) and enabled")
                .param(username).query(Row.class).optional()
                .orElseThrow(() -> new NotFoundException("user", username));
        if (throttle.isLocked(username, address)) {
            throw InvalidInputException.of("currentPassword", "security.password.tooManyAttempts");
        }
        if (current == null || current.isEmpty() || !passwords.matches(current, row.passwordHash())) {
            throttle.recordFailure(username, address);
            throw InvalidInputException.of("currentPassword", "security.password.wrongCurrent");
        }
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw InvalidInputException.of("password", "security.password.tooShort");
        }
        if (!password.equals(confirmation)) {
            throw InvalidInputException.of("confirmation", "security.password.mismatch");
        }
        setPassword(row.id(), password, "change-password");
        revocations.endOtherSessions(username, keepSessionId == null ? "" : keepSessionId);
    }

    private void requireAnotherAdministrator(long id) {
        long others = db.sql("select count(*) from app_user where role = 'ADMINISTRATOR' and enabled and id <> ?")
                .param(id).query(Long.class).single();
        if (others == 0) {
            throw InvalidInputException.of("role", "security.users.lastAdministrator");
        }
    }

    private void update(long id, int version, String assignment, Object value) {
        int rows = db.sql("update app_user set " + assignment + ", version = version + 1 where id = ? and version = ?")
                .params(value, id, version)
                .update();
        if (rows == 0) {
            get(id);
            throw new ConcurrentEditException("user", id);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
