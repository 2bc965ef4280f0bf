package org.tocsin.security;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Single-use links that set a new password: for a forgotten one, and to invite a new user. */
@Component
class PasswordResets {

    static final Duration RESET_VALIDITY = Duration.ofMinutes(30);
    static final Duration INVITATION_VALIDITY = Duration.ofDays(3);

    private final JdbcClient db;
    private final UserAccounts accounts;
    private final Revocations revocations;
    private final LoginThrottle throttle;
    private final Mailer mailer;
    private final MessageSource messages;

    PasswordResets(JdbcClient db, UserAccounts accounts, Revocations revocations, LoginThrottle throttle, Mailer mailer,
                   MessageSource messages) {
        this.db = db;
        this.accounts = accounts;
        this.revocations = revocations;
        this.throttle = throttle;
        this.mailer = mailer;
        this.messages = messages;
    }

    /** Mails a link if the account exists and has an address; says nothing either way. */
    void requestReset(String identifier, String baseUrl, Locale locale) {
        if (identifier == null || identifier.isBlank()) {
            return;
        }
        accounts.findByNameOrEmail(identifier)
                .filter(account -> account.email() != null)
                .ifPresent(account -> {
                    String link = baseUrl + "/password-reset/" + issue(account.id(), RESET_VALIDITY);
                    mailer.send(account.email(), text("security.reset.mail.subject", locale),
                            text("security.reset.mail.body", locale, account.username(), link, RESET_VALIDITY.toMinutes()));
                });
    }

    void invite(UserAccounts.Account account, String baseUrl, Locale locale) {
        String link = baseUrl + "/password-reset/" + issue(account.id(), INVITATION_VALIDITY);
        mailer.send(account.email(), text("security.invite.mail.subject", locale),
                text("security.invite.mail.body", locale, account.displayName(), account.username(), link,
                        INVITATION_VALIDITY.toDays()));
    }

    private String issue(long userId, Duration validity) {
        String token = Secrets.token();
        db.sql("insert into password_reset (token_hash, user_id, expires_at) values (?, ?, now() + make_interval(secs => ?))")
                .params(Secrets.sha256(token), userId, validity.toSeconds()).update();
        return token;
    }

    boolean isValid(String token) {
        return db.sql("select count(*) from password_reset where token_hash = ? and used_at is null and expires_at > now()")
                .param(Secrets.sha256(token)).query(Long.class).single() > 0;
    }

    /** Sets the password if the link is still good, and ends every session of the account. */
    @Transactional
    boolean reset(String token, String newPassword) {
        Optional<Long> userId = db.sql("""
                        update password_reset set used_at = now()
                        where token_hash = ? and used_at is null and expires_at > now() returning user_id""")
                .param(Secrets.sha256(token)).query(Long.class).optional();
        userId.ifPresent(id -> {
            accounts.setPassword(id, newPassword, "reset-password");
            UserAccounts.Account account = accounts.get(id);
            revocations.endSessions(account.username());
            throttle.recordSuccess(account.username());
        });
        return userId.isPresent();
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
