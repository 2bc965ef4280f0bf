package org.tocsin.security;

import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password and code guessing. Failures are counted per account name (whether it
 * exists or not, so the answer reveals nothing) and per address, in the database so that every
 * instance sees the same counts. Refused attempts are not counted: the lock lifts once the
 * failures are older than the window.
 */
@Component
class LoginThrottle {

    static final int MAX_FAILURES_PER_ACCOUNT = 5;
    static final int MAX_FAILURES_PER_ADDRESS = 20;
    static final int WINDOW_MINUTES = 15;

    private final JdbcClient db;

    LoginThrottle(JdbcClient db) {
        this.db = db;
    }

    boolean isLocked(String username, String address) {
        return db.sql("""
                        select (select count(*) from login_failure
                                 where username = :username and failed_at > now() - make_interval(mins => :window)) >= :perAccount
                            or (select count(*) from login_failure
                                 where address = :address and failed_at > now() - make_interval(mins => :window)) >= :perAddress""")
                .param("username", key(username))
                .param("address", address)
                .param("window", WINDOW_MINUTES)
                .param("perAccount", MAX_FAILURES_PER_ACCOUNT)
                .param("perAddress", MAX_FAILURES_PER_ADDRESS)
                .query(Boolean.class)
                .single();
    }

    /**
     * Commits on its own: callers record a failure and then throw, and the rollback of their
     * transaction must not erase the count (else a stolen session could guess without limit).
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void recordFailure(String username, String address) {
        db.sql("insert into login_failure (username, address) values (?, ?)").params(key(username), address).update();
        db.sql("delete from login_failure where failed_at < now() - interval '1 day'").update();
    }

    /** A full login clears the account's count (not the address's: one address may try many accounts). */
    void recordSuccess(String username) {
        db.sql("delete from login_failure where username = ?").param(key(username)).update();
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
