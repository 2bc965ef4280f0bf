package org.tocsin.security;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff accounts: who can log in, with which role. */
@Service
public class UserAccounts implements UserDetailsService {

    public enum Role { ADMINISTRATOR, RESEARCHER, COORDINATOR, MEMBER }

    public record Account(long id, String username, String displayName, Role role, boolean enabled) {
    }

    private final JdbcClient db;
    private final PasswordEncoder passwords;

    UserAccounts(JdbcClient db, PasswordEncoder passwords) {
        this.db = db;
        this.passwords = passwords;
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
        return db.sql("select id, username, display_name, role, enabled from app_user where lower(username) = lower(?)")
                .param(username)
                .query(Account.class)
                .optional();
    }

    public long count() {
        return db.sql("select count(*) from app_user").query(Long.class).single();
    }

    @Transactional
    public Account create(String username, String displayName, Role role, String password) {
        long id = db.sql("""
                        insert into app_user (username, display_name, role, password_hash)
                        values (?, ?, ?, ?) returning id""")
                .params(username, displayName, role.name(), passwords.encode(password))
                .query(Long.class)
                .single();
        return new Account(id, username, displayName, role, true);
    }
}
