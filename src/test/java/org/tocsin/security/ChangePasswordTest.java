package org.tocsin.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tocsin.security.AccountsFixture.PASSWORD;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.tocsin.IntegrationTest;

/** A user changes their own password: the current one is required, the rule applies, their other sessions end. */
class ChangePasswordTest extends IntegrationTest {

    static final String NEW_PASSWORD = "a brand new test password";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient db;

    @Test
    void theCurrentPasswordIsRequiredAndOtherSessionsEnd() throws Exception {
        UserAccounts.Account user = AccountsFixture.newUser(accounts, "changer", UserAccounts.Role.COORDINATOR);
        Cookie laptop = logIn(user, AccountsFixture.randomAddress());
        Cookie phone = logIn(user, AccountsFixture.randomAddress());

        String form = mvc.perform(get("/account/password").cookie(laptop)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(form).contains("for=\"currentPassword\"", "autocomplete=\"new-password\"");
        assertThat(mvc.perform(get("/account/password").param("lang", "ru").cookie(laptop))
                .andReturn().getResponse().getContentAsString()).contains("Текущий пароль");

        String wrong = change(laptop, "not my password", NEW_PASSWORD, NEW_PASSWORD, 400);
        assertThat(wrong).contains("This is not your current password.").contains("aria-invalid=\"true\"")
                .doesNotContain("not my password");
        assertThat(change(laptop, PASSWORD, "short", "short", 400)).contains("Use at least 12 characters.");
        assertThat(change(laptop, PASSWORD, NEW_PASSWORD, NEW_PASSWORD + "x", 400)).contains("The two passwords are not the same.");
        assertThat(loggedIn(phone)).isTrue();
        assertThat(AccountsFixture.postLogin(mvc, user.username(), PASSWORD, AccountsFixture.randomAddress())
                .getRedirectedUrl()).isEqualTo("/cases");

        mvc.perform(post("/account/password").param("currentPassword", PASSWORD).param("password", NEW_PASSWORD)
                        .param("confirmation", NEW_PASSWORD).cookie(laptop).with(csrf()))
                .andExpect(redirectedUrl("/account/password?changed"));
        assertThat(loggedIn(laptop)).isTrue();
        assertThat(loggedIn(phone)).isFalse();
        assertThat(AccountsFixture.postLogin(mvc, user.username(), NEW_PASSWORD, AccountsFixture.randomAddress())
                .getRedirectedUrl()).isEqualTo("/cases");
        assertThat(db.sql("select count(*) from audit_entry where record_kind = 'user' and record_id = ? and action = 'change-password'")
                .param(String.valueOf(user.id())).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void wrongCurrentPasswordsAreCountedAndLockTheChange() throws Exception {
        UserAccounts.Account user = AccountsFixture.newUser(accounts, "guessed", UserAccounts.Role.COORDINATOR);
        Cookie stolen = logIn(user, AccountsFixture.randomAddress());
        for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_ACCOUNT; i++) {
            change(stolen, "guess number " + i, NEW_PASSWORD, NEW_PASSWORD, 400);
        }
        assertThat(db.sql("select count(*) from login_failure where username = lower(?)")
                .param(user.username()).query(Long.class).single()).isEqualTo(LoginThrottle.MAX_FAILURES_PER_ACCOUNT);
        assertThat(change(stolen, PASSWORD, NEW_PASSWORD, NEW_PASSWORD, 400))
                .contains("Too many wrong passwords.");
        assertThat(AccountsFixture.postLogin(mvc, user.username(), NEW_PASSWORD, AccountsFixture.randomAddress())
                .getRedirectedUrl()).isNotEqualTo("/cases");
    }

    @Test
    void strangersAreSentToLogIn() throws Exception {
        mvc.perform(get("/account/password")).andExpect(status().is3xxRedirection());
    }

    private String change(Cookie session, String current, String password, String confirmation, int expected) throws Exception {
        return mvc.perform(post("/account/password").param("currentPassword", current).param("password", password)
                        .param("confirmation", confirmation).cookie(session).with(csrf()))
                .andExpect(status().is(expected)).andReturn().getResponse().getContentAsString();
    }

    private Cookie logIn(UserAccounts.Account user, String address) throws Exception {
        MockHttpServletResponse response = AccountsFixture.postLogin(mvc, user.username(), PASSWORD, address);
        assertThat(response.getRedirectedUrl()).isEqualTo("/cases");
        return AccountsFixture.sessionCookie(response);
    }

    private boolean loggedIn(Cookie session) throws Exception {
        return mvc.perform(get("/cases").cookie(session)).andReturn().getResponse().getStatus() == 200;
    }
}
