package org.tocsin.security;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tocsin.web.NotFoundException;

/** Personal API tokens: shown once, stored as SHA-256, revocable. */
@Component
class ApiTokens {

    static final String PREFIX = "tocsin_";

    record Token(long id, String name, OffsetDateTime createdAt, OffsetDateTime lastUsedAt, OffsetDateTime revokedAt) {
    }

    record Created(Token token, String secret) {
    }

    private final JdbcClient db;

    ApiTokens(JdbcClient db) {
        this.db = db;
    }

    @Transactional
    Created create(long userId, String name) {
        String secret = PREFIX + Secrets.token();
        long id = db.sql("insert into api_token (user_id, name, token_hash) values (?, ?, ?) returning id")
                .params(userId, name.strip(), Secrets.sha256(secret)).query(Long.class).single();
        return new Created(get(userId, id), secret);
    }

    List<Token> list(long userId) {
        return db.sql("""
                        select id, name, created_at, last_used_at, revoked_at from api_token
                        where user_id = ? order by revoked_at is not null, created_at desc""")
                .param(userId).query(Token.class).list();
    }

    Token get(long userId, long id) {
        return db.sql("select id, name, created_at, last_used_at, revoked_at from api_token where user_id = ? and id = ?")
                .params(userId, id).query(Token.class).optional().orElseThrow(() -> new NotFoundException("apiToken", id));
    }

    void revoke(long userId, long id) {
        get(userId, id);
        db.sql("update api_token set revoked_at = now() where user_id = ? and id = ? and revoked_at is null").params(userId, id).update();
    }

    /** The user name of a live token of an enabled account; notes the use. */
    @Transactional
    Optional<String> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        return db.sql("""
                        update api_token t set last_used_at = now() from app_user u
                        where t.token_hash = ? and t.revoked_at is null and u.id = t.user_id and u.enabled
                        returning u.username""")
                .param(Secrets.sha256(secret)).query(String.class).optional();
    }
}
