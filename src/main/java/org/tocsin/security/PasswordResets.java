package org.tocsin.security;

import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tocsin.security.crypto.BlindIndex;

/** Single-use links that set a new password: for a forgotten one, and to invite a new user. */
@Component
class PasswordResets {

    static final Duration RESET_VALIDITY = Duration.ofMinutes(30);
    static final Duration INVITATION_VALIDITY = Duration.ofDays(3);
    /** Links mailed to one account per window: enough for a lost mail, too few to flood a mailbox. */
    static final int MAX_REQUESTS_PER_ACCOUNT = 3;
    static final int MAX_REQUESTS_PER_ADDRESS = 20;
    static final int REQUEST_WINDOW_MINUTES = 15;

    private final JdbcClient db;
    private final UserAccounts accounts;
    private final Revocations revocations;
    private final LoginThrottle throttle;
    private final Mailer mailer;
    private final MessageSource messages;
    private final BlindIndex blindIndex;

    PasswordResets(JdbcClient db, UserAccounts accounts, Revocations revocations, LoginThrottle throttle, Mailer mailer,
                   MessageSource messages, BlindIndex blindIndex) {
        this.blindIndex = blindIndex;
        this.db = db;
        this.accounts = accounts;
        this.revocations = revocations;
        this.throttle = throttle;
        this.mailer = mailer;
        this.messages = messages;
    }

    /**
     * Mails a link if the account exists and has an address, and neither the account nor the
     * requesting address has asked too often lately; says nothing either way. Requests are counted
     * in the database like failed logins, so every instance sees the same counts; refused ones are
     * not counted, so the limit lifts once the counted ones are older than the window.
     */
    @Transactional
    void requestReset(String identifier, String address, String baseUrl, Locale locale) {
        if (identifier == null || identifier.isBlank()) {
            return;
        }
        Optional<UserAccounts.Account> account = accounts.findByNameOrEmail(identifier);
        // Keyed hashes: the name asked for is often an e-mail address and the requester's address
        // is personal; a plain digest of either is reversed by guessing.
        String target = keyed("password-reset.target", account.map(a -> "user:" + a.id())
                .orElse("name:" + identifier.strip().toLowerCase(Locale.ROOT)));
        String from = keyed("password-reset.client", address == null ? "" : address);
        if (tooManyRequests(target, from)) {
            return;
        }
        db.sql("insert into password_reset_request (target_hash, address) values (?, ?)").params(target, from).update();
        db.sql("delete from password_reset_request where requested_at < now() - interval '1 day'").update();
        account.filter(a -> a.email() != null)
                .ifPresent(a -> {
                    String link = baseUrl + "/password-reset/" + issue(a.id(), RESET_VALIDITY);
                    mailer.send(a.email(), text("security.reset.mail.subject", locale),
                            text("security.reset.mail.body", locale, a.username(), link, RESET_VALIDITY.toMinutes()));
                });
    }

    private String keyed(String context, String value) {
        return HexFormat.of().formatHex(blindIndex.of(context, value));
    }

    private boolean tooManyRequests(String target, String address) {
        return db.sql("""
                        select (select count(*) from password_reset_request
                                 where target_hash = :target and requested_at > now() - make_interval(mins => :window)) >= :perAccount
                            or (select count(*) from password_reset_request
                                 where address = :address and requested_at > now() - make_interval(mins => :window)) >= :perAddress""")
                .param("target", target).param("address", address).param("window", REQUEST_WINDOW_MINUTES)
                .param("perAccount", MAX_REQUESTS_PER_ACCOUNT).param("perAddress", MAX_REQUESTS_PER_ADDRESS)
                .query(Boolean.class).single();
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
