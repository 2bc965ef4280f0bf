package org.tocsin.security;

import io.nayuki.qrcodegen.QrCode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tocsin.security.audit.AuditLog;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tocsin.security.crypto.Vault;

/** Two-factor login with an authenticator app (TOTP) and one-time recovery codes. */
@Component
class TwoFactor {

    static final int RECOVERY_CODES = 10;
    static final String ISSUER = "Tocsin";

    record Enrolment(String secret, String uri, String qrSvg) {
        @Override
        public String toString() {
            return "Enrolment[secret hidden]";
        }
    }

    private final JdbcClient db;
    private final Vault vault;
    private final Clock clock;
    private final boolean required;

    private final AuditLog audit;

    TwoFactor(JdbcClient db, Vault vault, @Value("${tocsin.security.require-two-factor:true}") boolean required,
              AuditLog audit) {
        this.audit = audit;
        this.db = db;
        this.vault = vault;
        this.clock = Clock.systemUTC();
        this.required = required;
    }

    boolean isEnabled(long userId) {
        return db.sql("select totp_enabled from app_user where id = ?").param(userId).query(Boolean.class).single();
    }

    /** Whether this account must enrol before it can do anything else. */
    boolean mustEnrol(String username) {
        if (!required) {
            return false;
        }
        record Row(String role, boolean totpEnabled) {
        }
        return db.sql("select role, totp_enabled from app_user where lower(username) = lower(?)")
                .param(username)
                .query(Row.class)
                .optional()
                .map(row -> !row.totpEnabled() && UserAccounts.Role.valueOf(row.role()).needsTwoFactor())
                .orElse(false);
    }

    /** The secret being enrolled: the same one until it is confirmed, so reloading the page does not change it. */
    @Transactional
    Enrolment startEnrolment(long userId, String username) {
        String secret = pendingSecret(userId);
        if (secret == null) {
            secret = Totp.newSecret();
            db.sql("update app_user set totp_secret = ? where id = ? and not totp_enabled")
                    .params(vault.encrypt(secret, context(userId)), userId).update();
        }
        String label = URLEncoder.encode(ISSUER + ":" + username, StandardCharsets.UTF_8).replace("+", "%20");
        String uri = "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + ISSUER
                + "&algorithm=SHA1&digits=6&period=" + Totp.STEP_SECONDS;
        return new Enrolment(secret, uri, svg(QrCode.encodeText(uri, QrCode.Ecc.MEDIUM)));
    }

    /** Turns two-factor login on when the first code is right; returns the recovery codes, or an empty list. */
    @Transactional
    List<String> confirmEnrolment(long userId, String code) {
        String secret = pendingSecret(userId);
        if (secret == null) {
            return List.of();
        }
        long step = Totp.matchingStep(secret, code, clock.instant(), 0);
        if (step < 0) {
            return List.of();
        }
        db.sql("update app_user set totp_enabled = true, totp_last_step = ? where id = ?").params(step, userId).update();
        return newRecoveryCodes(userId);
    }

    /** Replaces the recovery codes; the old ones stop working. */
    @Transactional
    List<String> newRecoveryCodes(long userId) {
        db.sql("delete from recovery_code where user_id = ?").param(userId).update();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            String code = Secrets.recoveryCode();
            codes.add(code);
            db.sql("insert into recovery_code (user_id, code_hash) values (?, ?)")
                    .params(userId, Secrets.sha256(Secrets.normaliseCode(code))).update();
        }
        return codes;
    }

    long unusedRecoveryCodes(long userId) {
        return db.sql("select count(*) from recovery_code where user_id = ? and used_at is null").param(userId).query(Long.class).single();
    }

    /** Checks a code from the app, or else a recovery code, which is then used up. */
    @Transactional
    boolean verify(long userId, String code) {
        record Row(byte[] totpSecret, long totpLastStep) {
        }
        Row row = db.sql("select totp_secret, totp_last_step from app_user where id = ? and totp_enabled for update")
                .param(userId).query(Row.class).optional().orElse(null);
        if (row == null || code == null) {
            return false;
        }
        String secret = vault.decrypt(row.totpSecret(), context(userId));
        long step = Totp.matchingStep(secret, code, clock.instant(), row.totpLastStep());
        if (step >= 0) {
            db.sql("update app_user set totp_last_step = ? where id = ?").params(step, userId).update();
            return true;
        }
        return db.sql("update recovery_code set used_at = now() where user_id = ? and code_hash = ? and used_at is null")
                .params(userId, Secrets.sha256(Secrets.normaliseCode(code))).update() == 1;
    }

    /** An administrator's reset, for a lost phone and lost codes: the user enrols again at the next login. */
    @Transactional
    void reset(long userId) {
        db.sql("update app_user set totp_enabled = false, totp_secret = null, totp_last_step = 0 where id = ?").param(userId).update();
        db.sql("delete from recovery_code where user_id = ?").param(userId).update();
        audit.record("reset-two-factor", "user", userId, List.of("totpSecret", "recoveryCodes"));
    }

    /** The secret of the user's authenticator, enrolled or being enrolled; null if none. */
    String secret(long userId) {
        return db.sql("select totp_secret from app_user where id = ?").param(userId).query(byte[].class).optional()
                .map(sealed -> vault.decrypt(sealed, context(userId))).orElse(null);
    }

    private String pendingSecret(long userId) {
        return db.sql("select totp_secret from app_user where id = ? and not totp_enabled").param(userId)
                .query(byte[].class).optional().map(sealed -> vault.decrypt(sealed, context(userId))).orElse(null);
    }

    // Bound to the account, so a secret copied onto another account's row does not open.
    private static String context(long userId) {
        return "app_user.totp_secret:" + userId;
    }

    private static String svg(QrCode qr) {
        int border = 4;
        int size = qr.size + border * 2;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    path.append('M').append(x + border).append(',').append(y + border).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr-code\" viewBox=\"0 0 " + size + " " + size
                + "\" width=\"240\" height=\"240\" role=\"img\" aria-hidden=\"true\" shape-rendering=\"crispEdges\">"
                + "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/><path d=\"" + path + "\" fill=\"#000000\"/></svg>";
    }
}
