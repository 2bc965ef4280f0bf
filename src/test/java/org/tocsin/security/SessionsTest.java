package org.tocsin.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tocsin.security.AccountsFixture.PASSWORD;
import static org.tocsin.security.AccountsFixture.from;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.tocsin.IntegrationTest;

/** Sessions kept in the database: listed per device, ended by their owner or by an administrator. */
class SessionsTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient db;

    @Autowired
    UserAccounts accounts;

    private Cookie logIn(UserAccounts.Account user, String address) throws Exception {
        MockHttpServletResponse response = AccountsFixture.postLogin(mvc, user.username(), PASSWORD, address);
        assertThat(response.getRedirectedUrl()).isEqualTo("/cases");
        Cookie cookie = AccountsFixture.sessionCookie(response);
        assertThat(cookie).isNotNull();
        return cookie;
    }

    private boolean loggedIn(Cookie session) throws Exception {
        return mvc.perform(get("/cases").cookie(session)).andReturn().getResponse().getStatus() == 200;
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() throws Exception {
        UserAccounts.Account user = AccountsFixture.newUser(accounts, "cookie", UserAccounts.Role.RESEARCHER);
        MockHttpServletResponse response = AccountsFixture.postLogin(mvc, user.username(), PASSWORD, AccountsFixture.randomAddress());
        assertThat(response.getHeaders("Set-Cookie")).anySatisfy(header -> assertThat(header)
                .startsWith(SessionConfiguration.COOKIE + "=").contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure"));
        MockHttpServletResponse overTls = mvc.perform(post("/login").secure(true).param("username", user.username())
                .param("password", PASSWORD).with(csrf()).with(from(AccountsFixture.randomAddress()))).andReturn().getResponse();
        assertThat(overTls.getHeaders("Set-Cookie")).anySatisfy(header -> assertThat(header).contains("Secure"));
    }

    @Test
    void aUserSeesTheirDevicesAndEndsOneOrAllOthers() throws Exception {
        UserAccounts.Account user = AccountsFixture.newUser(accounts, "traveller", UserAccounts.Role.RESEARCHER);
        Cookie laptop = logIn(user, "10.9.8.1");
        Cookie phone = logIn(user, "10.9.8.2");
        Cookie tablet = logIn(user, "10.9.8.3");

        String page = mvc.perform(get("/account/sessions").cookie(laptop)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("10.9.8.1").contains("10.9.8.2").contains("10.9.8.3").contains("TestBrowser/1.0")
                .contains("this device");
        assertThat(page).doesNotContain(db.sql("select session_id from spring_session where principal_name = ? limit 1")
                .param(user.username()).query(String.class).single());

        // End the phone's session, named by its handle on the laptop's page.
        String phoneRow = page.substring(page.indexOf("10.9.8.2"));
        Matcher handle = Pattern.compile("name=\"session\" value=\"([0-9a-f]{20})\"").matcher(phoneRow);
        assertThat(handle.find()).isTrue();
        mvc.perform(post("/account/sessions/end").param("session", handle.group(1)).cookie(laptop).with(csrf()))
                .andExpect(redirectedUrl("/account/sessions?ended"));
        assertThat(loggedIn(phone)).isFalse();
        assertThat(loggedIn(tablet)).isTrue();

        mvc.perform(post("/account/sessions/end-others").cookie(laptop).with(csrf()));
        assertThat(loggedIn(tablet)).isFalse();
        assertThat(loggedIn(laptop)).isTrue();
    }

    @Test
    void anotherUsersSessionCannotBeEndedByItsHandle() throws Exception {
        UserAccounts.Account victim = AccountsFixture.newUser(accounts, "victim", UserAccounts.Role.RESEARCHER);
        Cookie session = logIn(victim, AccountsFixture.randomAddress());
        String id = db.sql("select session_id from spring_session where principal_name = ?").param(victim.username()).query(String.class).single();
        mvc.perform(post("/account/sessions/end").param("session", DeviceSessions.handle(id)).with(csrf())
                .with(user("intruder").roles("RESEARCHER")));
        assertThat(loggedIn(session)).isTrue();
    }

    @Test
    void anAdministratorEndsAllSessionsAndTokensOfOneUser() throws Exception {
        UserAccounts.Account user = AccountsFixture.newUser(accounts, "seized", UserAccounts.Role.RESEARCHER);
        UserAccounts.Account bystander = AccountsFixture.newUser(accounts, "bystander", UserAccounts.Role.RESEARCHER);
        Cookie first = logIn(user, AccountsFixture.randomAddress());
        Cookie second = logIn(user, AccountsFixture.randomAddress());
        Cookie other = logIn(bystander, AccountsFixture.randomAddress());
        ApiTokens.Created token = new ApiTokens(db).create(user.id(), "laptop script");

        mvc.perform(post("/admin/users/" + user.id() + "/revoke").with(csrf()).with(user(ADMIN).roles("ADMINISTRATOR")))
                .andExpect(redirectedUrl("/admin/users/" + user.id() + "?revoked"));

        assertThat(loggedIn(first)).isFalse();
        assertThat(loggedIn(second)).isFalse();
        assertThat(loggedIn(other)).isTrue();
        mvc.perform(get("/api/cases").header("Authorization", "Bearer " + token.secret())).andExpect(status().isUnauthorized());
    }

    @Test
    void disablingAnAccountLogsItOut() throws Exception {
        UserAccounts.Account user = AccountsFixture.newUser(accounts, "departing", UserAccounts.Role.COORDINATOR);
        Cookie session = logIn(user, AccountsFixture.randomAddress());
        mvc.perform(post("/admin/users/" + user.id() + "/enabled").param("enabled", "false").param("version", "0")
                .with(csrf()).with(user(ADMIN).roles("ADMINISTRATOR"))).andExpect(redirectedUrl("/admin/users/" + user.id() + "?disabled"));
        assertThat(loggedIn(session)).isFalse();
        assertThat(AccountsFixture.postLogin(mvc, user.username(), PASSWORD, AccountsFixture.randomAddress()).getRedirectedUrl())
                .isEqualTo("/login?error");
    }
}
