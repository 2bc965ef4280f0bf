package org.tocsin.security;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ends sessions and revokes API tokens. Sessions are rows in {@code spring_session}, so
 * deleting them logs the devices out on every instance at once.
 */
@Component
class Revocations {

    private final JdbcClient db;

    Revocations(JdbcClient db) {
        this.db = db;
    }

    /** Ends every session of this user. */
    int endSessions(String username) {
        return db.sql("delete from spring_session where lower(principal_name) = lower(?)").param(username).update();
    }

    /** Ends every session of this user except the one they are using. */
    int endOtherSessions(String username, String keepSessionId) {
        return db.sql("delete from spring_session where lower(principal_name) = lower(?) and session_id <> ?")
                .params(username, keepSessionId).update();
    }

    /**
     * Spring Session's own clean-up runs only with scheduling switched on; logins do it instead,
     * so expired sessions do not pile up.
     */
    void endExpiredSessions() {
        db.sql("delete from spring_session where expiry_time < ?").param(System.currentTimeMillis()).update();
    }

    int endSession(String sessionId) {
        return db.sql("delete from spring_session where session_id = ?").param(sessionId).update();
    }

    int revokeTokens(long userId) {
        return db.sql("update api_token set revoked_at = now() where user_id = ? and revoked_at is null").param(userId).update();
    }

    /** Everything one user could still use: sessions, API tokens and unused reset links. */
    @Transactional
    void revokeEverything(long userId, String username) {
        endSessions(username);
        revokeTokens(userId);
        db.sql("update password_reset set used_at = now() where user_id = ? and used_at is null").param(userId).update();
    }

    /**
     * The raid button: every session but the caller's own ends, every API token and reset link
     * stops working. The caller's own tokens go too: they may be on a seized device.
     */
    @Transactional
    void revokeEveryone(String keepSessionId) {
        db.sql("delete from spring_session where session_id <> ?").param(keepSessionId).update();
        db.sql("update api_token set revoked_at = now() where revoked_at is null").update();
        db.sql("update password_reset set used_at = now() where used_at is null").update();
    }
}
