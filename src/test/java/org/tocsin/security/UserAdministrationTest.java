package org.tocsin.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tocsin.IntegrationTest;

/** The administrator's user pages: create with a password or an invitation, role, enable, refusals. */
class UserAdministrationTest extends IntegrationTest {

    @Autowired
    Mailer mailer;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient db;

    @Autowired
    UserAccounts accounts;

    private MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request) {
        return request.with(user(ADMIN).roles("ADMINISTRATOR")).with(csrf());
    }

    @Test
    void createsAUserWithAnInitialPassword() throws Exception {
        String name = AccountsFixture.uniqueName("new");
        String location = mvc.perform(asAdmin(post("/admin/users")).param("username", name).param("displayName", "Natalia N.")
                        .param("email", "").param("role", "COORDINATOR").param("invite", "false").param("password", "twelve chars ok"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        UserAccounts.Account created = accounts.find(name).orElseThrow();
        assertThat(location).isEqualTo("/admin/users/" + created.id() + "?created");
        assertThat(created.role()).isEqualTo(UserAccounts.Role.COORDINATOR);
        assertThat(AccountsFixture.postLogin(mvc, name, "twelve chars ok", AccountsFixture.randomAddress()).getRedirectedUrl()).isEqualTo("/cases");
        // The list pages by user name and other tests add accounts: the user's own page shows it for sure.
        String page = mvc.perform(get("/admin/users/" + created.id()).param("lang", "ru").with(user(ADMIN).roles("ADMINISTRATOR")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains(name).contains("Координатор секции");
    }

    @Test
    void invitesAUserByMail() throws Exception {
        String name = AccountsFixture.uniqueName("invited");
        mvc.perform(asAdmin(post("/admin/users")).param("username", name).param("displayName", "Invited")
                        .param("email", name + "@example.org").param("role", "RESEARCHER").param("invite", "true"))
                .andExpect(status().is3xxRedirection());
        String body = mailer.outbox(0, 50).stream().filter(mail -> mail.recipient().equals(name + "@example.org"))
                .findFirst().orElseThrow().body();
        assertThat(body).contains(name).contains("/password-reset/");
    }

    @Test
    void anAddressAlreadyInUseIsAFieldErrorNotAFailure() throws Exception {
        String first = AccountsFixture.uniqueName("first");
        String second = AccountsFixture.uniqueName("second");
        mvc.perform(asAdmin(post("/admin/users")).param("username", first).param("displayName", "First")
                        .param("email", first + "@example.org").param("role", "COORDINATOR").param("invite", "false")
                        .param("password", "twelve chars ok"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(asAdmin(post("/admin/users")).param("username", second).param("displayName", "Second")
                        .param("email", first.toUpperCase(Locale.ROOT) + "@example.org").param("role", "COORDINATOR")
                        .param("invite", "false").param("password", "twelve chars ok"))
                .andExpect(status().isBadRequest());
        assertThat(accounts.find(second)).isEmpty();
    }

    @Test
    void badInputWritesNothingAndSaysWhyPerFieldInRussian() throws Exception {
        String name = AccountsFixture.uniqueName("bad");
        String page = mvc.perform(asAdmin(post("/admin/users")).locale(Locale.forLanguageTag("ru")).param("username", name)
                        .param("displayName", "").param("email", "not-an-address").param("role", "RESEARCHER")
                        .param("invite", "false").param("password", "short"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Это поле обязательно.").contains("Это не адрес электронной почты.").contains("Не менее 12 символов.");
        assertThat(accounts.find(name)).isEmpty();

        String invitation = mvc.perform(asAdmin(post("/admin/users")).param("username", name).param("displayName", "X")
                        .param("email", "").param("role", "RESEARCHER").param("invite", "true"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(invitation).contains("An invitation needs an e-mail address.");

        String taken = mvc.perform(asAdmin(post("/admin/users")).param("username", ADMIN.toUpperCase()).param("displayName", "X")
                        .param("email", "").param("role", "RESEARCHER").param("invite", "false").param("password", "twelve chars ok"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(taken).contains("This user name is already taken.");
    }

    @Test
    void changesARoleAndRefusesAStaleVersion() throws Exception {
        UserAccounts.Account user = AccountsFixture.newUser(accounts, "promoted", UserAccounts.Role.COORDINATOR);
        mvc.perform(asAdmin(post("/admin/users/" + user.id() + "/role")).param("role", "RESEARCHER").param("version", "0"))
                .andExpect(status().is3xxRedirection());
        assertThat(accounts.get(user.id()).role()).isEqualTo(UserAccounts.Role.RESEARCHER);
        String stale = mvc.perform(asAdmin(post("/admin/users/" + user.id() + "/role")).param("role", "MEMBER").param("version", "0"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(stale).contains("Someone else changed this account");
        assertThat(accounts.get(user.id()).role()).isEqualTo(UserAccounts.Role.RESEARCHER);
    }

    @Test
    void anAdministratorCannotDisableThemselves() throws Exception {
        UserAccounts.Account self = AccountsFixture.newUser(accounts, "selfish", UserAccounts.Role.RESEARCHER);
        String page = mvc.perform(post("/admin/users/" + self.id() + "/enabled").param("enabled", "false").param("version", "0")
                        .with(user(self.username()).roles("ADMINISTRATOR")).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("You cannot disable your own account.");
        assertThat(accounts.get(self.id()).enabled()).isTrue();
    }

    @Test
    void resettingTwoFactorLoginMakesTheUserEnrolAgain(@Autowired TwoFactor twoFactor) throws Exception {
        UserAccounts.Account user = AccountsFixture.newUser(accounts, "lostphone", UserAccounts.Role.RESEARCHER);
        AccountsFixture.enrol(twoFactor, db, user);
        assertThat(accounts.get(user.id()).twoFactor()).isTrue();
        mvc.perform(asAdmin(post("/admin/users/" + user.id() + "/two-factor/reset"))).andExpect(status().is3xxRedirection());
        assertThat(accounts.get(user.id()).twoFactor()).isFalse();
        assertThat(twoFactor.unusedRecoveryCodes(user.id())).isZero();
        assertThat(db.sql("select totp_secret from app_user where id = ?").param(user.id()).query(byte[].class).optional()).isEmpty();
    }

    @Test
    void unknownUserIsNotFound() throws Exception {
        mvc.perform(get("/admin/users/999999").with(user(ADMIN).roles("ADMINISTRATOR"))).andExpect(status().isNotFound());
    }
}
