package org.tocsin.security;

import java.nio.charset.StandardCharsets;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tocsin.security.AccountsFixture.PASSWORD;
import static org.tocsin.security.AccountsFixture.from;

import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.tocsin.IntegrationTest;

/** Login with a second factor: the password alone does not authenticate; codes and recovery codes. */
class TwoFactorLoginTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient db;

    @Autowired
    UserAccounts accounts;

    @Autowired
    TwoFactor twoFactor;

    @Test
    void enrolmentPageShowsTheKeyTheAddressAndAQrCodeAndTurnsOnWithTheFirstCode() throws Exception {
        UserAccounts.Account user = AccountsFixture.newUser(accounts, "enrol", UserAccounts.Role.RESEARCHER);
        String page = mvc.perform(get("/account/two-factor").with(user(user.username()).roles("RESEARCHER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String secret = twoFactor.secret(user.id());
        // Stored only encrypted.
        assertThat(new String(db.sql("select totp_secret from app_user where id = ?").param(user.id()).query(byte[].class).single(),
                StandardCharsets.ISO_8859_1)).doesNotContain(secret);
        assertThat(page).contains(secret).contains("otpauth://totp/Tocsin%3A" + user.username() + "?secret=" + secret + "&amp;issuer=Tocsin")
                .contains("<svg").contains("Turn on two-factor login");
        // Reloading keeps the secret the app has already scanned.
        mvc.perform(get("/account/two-factor").with(user(user.username()).roles("RESEARCHER")));
        assertThat(twoFactor.secret(user.id())).isEqualTo(secret);

        mvc.perform(post("/account/two-factor").param("code", "000000").with(csrf()).with(user(user.username()).roles("RESEARCHER")))
                .andExpect(status().isBadRequest()).andExpect(content().string(org.hamcrest.Matchers.containsString("That code is not right")));
        assertThat(accounts.get(user.id()).twoFactor()).isFalse();

        String codes = mvc.perform(post("/account/two-factor").param("code", AccountsFixture.currentCode(twoFactor, user.id()))
                        .with(csrf()).with(user(user.username()).roles("RESEARCHER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(codes).contains("shown only this once").containsPattern("[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}");
        assertThat(accounts.get(user.id()).twoFactor()).isTrue();
        assertThat(db.sql("select count(*) from recovery_code where user_id = ?").param(user.id()).query(Long.class).single()).isEqualTo(10);
    }

    @Test
    void enrolmentPageSpeaksRussian() throws Exception {
        UserAccounts.Account user = AccountsFixture.newUser(accounts, "enrol-ru", UserAccounts.Role.COORDINATOR);
        mvc.perform(get("/account/two-factor").locale(Locale.forLanguageTag("ru")).with(user(user.username()).roles("COORDINATOR")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Включить двухфакторный вход")));
    }

    @Test
    void thePasswordAloneDoesNotLogIn() throws Exception {
        UserAccounts.Account user = AccountsFixture.newUser(accounts, "twostep", UserAccounts.Role.RESEARCHER);
        AccountsFixture.enrol(twoFactor, db, user);
        String address = AccountsFixture.randomAddress();

        MockHttpServletResponse login = AccountsFixture.postLogin(mvc, user.username(), PASSWORD, address);
        assertThat(login.getRedirectedUrl()).isEqualTo("/login/code");
        Cookie session = AccountsFixture.sessionCookie(login);
        mvc.perform(get("/cases").cookie(session).with(from(address))).andExpect(redirectedUrl("/login"));

        mvc.perform(post("/login/code").param("code", "123456").cookie(session).with(csrf()).with(from(address)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/cases").cookie(session).with(from(address))).andExpect(redirectedUrl("/login"));

        MockHttpServletResponse done = mvc.perform(post("/login/code").param("code", AccountsFixture.freshCode(twoFactor, db, user.id()))
                .cookie(session).with(csrf()).with(from(address))).andReturn().getResponse();
        // Back to the page first asked for.
        assertThat(done.getRedirectedUrl()).endsWith("/cases?continue");
        Cookie authenticated = AccountsFixture.sessionCookie(done);
        mvc.perform(get("/cases").cookie(authenticated).with(from(address))).andExpect(status().isOk());
    }

    @Test
    void aRecoveryCodeWorksOnce() throws Exception {
        UserAccounts.Account user = AccountsFixture.newUser(accounts, "recover", UserAccounts.Role.RESEARCHER);
        List<String> codes = AccountsFixture.enrol(twoFactor, db, user);
        String address = AccountsFixture.randomAddress();

        Cookie first = AccountsFixture.sessionCookie(AccountsFixture.postLogin(mvc, user.username(), PASSWORD, address));
        MockHttpServletResponse done = mvc.perform(post("/login/code").param("code", codes.get(3).toUpperCase())
                .cookie(first).with(csrf()).with(from(address))).andReturn().getResponse();
        assertThat(done.getRedirectedUrl()).isEqualTo("/cases");

        Cookie second = AccountsFixture.sessionCookie(AccountsFixture.postLogin(mvc, user.username(), PASSWORD, address));
        mvc.perform(post("/login/code").param("code", codes.get(3)).cookie(second).with(csrf()).with(from(address)))
                .andExpect(status().isBadRequest());
        assertThat(twoFactor.unusedRecoveryCodes(user.id())).isEqualTo(9);
    }

    @Test
    void newRecoveryCodesNeedTheCurrentCodeAndReplaceTheOldOnes() throws Exception {
        UserAccounts.Account user = AccountsFixture.newUser(accounts, "renew", UserAccounts.Role.RESEARCHER);
        List<String> old = AccountsFixture.enrol(twoFactor, db, user);
        mvc.perform(post("/account/two-factor/recovery-codes").param("code", "000000").with(csrf())
                .with(user(user.username()).roles("RESEARCHER"))).andExpect(status().isBadRequest());
        String page = mvc.perform(post("/account/two-factor/recovery-codes").param("code", AccountsFixture.freshCode(twoFactor, db, user.id()))
                        .with(csrf()).with(user(user.username()).roles("RESEARCHER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain(old.get(0));
        assertThat(twoFactor.unusedRecoveryCodes(user.id())).isEqualTo(10);
        assertThat(twoFactor.verify(user.id(), old.get(1))).isFalse();
    }

    @Test
    void theCodeStepWithoutAPasswordGoesBackToLogin() throws Exception {
        mvc.perform(get("/login/code")).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/login/code").param("code", "123456").with(csrf())).andExpect(redirectedUrl("/login"));
    }

    @Test
    void anAccountWithASecondFactorCannotUseItsPasswordOnTheApi() throws Exception {
        UserAccounts.Account user = AccountsFixture.newUser(accounts, "api2fa", UserAccounts.Role.RESEARCHER);
        mvc.perform(get("/api/cases").with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .httpBasic(user.username(), PASSWORD)).with(from(AccountsFixture.randomAddress()))).andExpect(status().isOk());
        AccountsFixture.enrol(twoFactor, db, user);
        mvc.perform(get("/api/cases").with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .httpBasic(user.username(), PASSWORD)).with(from(AccountsFixture.randomAddress()))).andExpect(status().isUnauthorized());
    }
}
