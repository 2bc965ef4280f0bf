package org.tocsin.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Accounts and logins for the security tests: each test makes its own users and uses its own address. */
final class AccountsFixture {

    static final String PASSWORD = "a long enough test password";

    private AccountsFixture() {
    }

    static String uniqueName(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static UserAccounts.Account newUser(UserAccounts accounts, String prefix, UserAccounts.Role role) {
        String name = uniqueName(prefix);
        return accounts.create(name, "Test " + name, name + "@example.org", role, PASSWORD);
    }

    /** A made-up client address, so that one test's failures do not count against another's. */
    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    static String randomAddress() {
        return "10." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250) + "." + (1 + (int) (Math.random() * 250));
    }

    /** The session cookie a response set, or null. */
    static Cookie sessionCookie(MockHttpServletResponse response) {
        for (String header : response.getHeaders("Set-Cookie")) {
            if (header.startsWith(SessionConfiguration.COOKIE + "=")) {
                String value = header.substring(SessionConfiguration.COOKIE.length() + 1).split(";", 2)[0];
                return value.isEmpty() ? null : new Cookie(SessionConfiguration.COOKIE, value);
            }
        }
        return null;
    }

    /** Posts the login form; returns the response (a redirect) with its session cookie. */
    static MockHttpServletResponse postLogin(MockMvc mvc, String username, String password, String address) throws Exception {
        return mvc.perform(post("/login").param("username", username).param("password", password)
                        .with(csrf()).with(from(address)).header("User-Agent", "TestBrowser/1.0"))
                .andReturn().getResponse();
    }

    static String currentCode(TwoFactor twoFactor, long userId) {
        return Totp.code(twoFactor.secret(userId), Totp.step(Instant.now()));
    }

    /**
     * A code the service will still accept: a code's step is never accepted twice, so after one
     * in this 30-second step the next step's code (accepted for clock drift) is used.
     */
    static String freshCode(TwoFactor twoFactor, JdbcClient db, long userId) {
        long lastStep = db.sql("select totp_last_step from app_user where id = ?").param(userId).query(Long.class).single();
        return Totp.code(twoFactor.secret(userId), Math.max(Totp.step(Instant.now()), lastStep + 1));
    }

    /** Enrols the user with a second factor; returns the recovery codes. */
    static java.util.List<String> enrol(TwoFactor twoFactor, JdbcClient db, UserAccounts.Account user) {
        twoFactor.startEnrolment(user.id(), user.username());
        return twoFactor.confirmEnrolment(user.id(), currentCode(twoFactor, user.id()));
    }
}
