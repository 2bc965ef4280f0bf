package org.tocsin.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.tocsin.IntegrationTest;

/** Personal API tokens: made on the account page, shown once, accepted as Bearer, stopped by revoking. */
class ApiTokenTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient db;

    @Autowired
    UserAccounts accounts;

    private String createToken(UserAccounts.Account owner, String name) throws Exception {
        String page = mvc.perform(post("/account/tokens").param("name", name).with(csrf())
                        .with(user(owner.username()).roles(owner.role().name())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("shown only this once");
        Matcher token = Pattern.compile("id=\"new-token\"[^>]*>(tocsin_[A-Za-z0-9_-]{43})<").matcher(page);
        assertThat(token.find()).as("the new token on the page").isTrue();
        return token.group(1);
    }

    @Test
    void aTokenWorksUntilItIsRevoked() throws Exception {
        UserAccounts.Account owner = AccountsFixture.newUser(accounts, "scripter", UserAccounts.Role.RESEARCHER);
        String token = createToken(owner, "monthly report");
        assertThat(db.sql("select count(*) from api_token where token_hash = ?").param(token).query(Long.class).single())
                .as("stored hashed, never as is").isZero();

        mvc.perform(get("/api/cases").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        String list = mvc.perform(get("/account/tokens").with(user(owner.username()).roles("RESEARCHER")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(list).contains("monthly report").doesNotContain(token).doesNotContain("never");

        long id = db.sql("select id from api_token where name = 'monthly report' and user_id = ?").param(owner.id()).query(Long.class).single();
        mvc.perform(post("/account/tokens/" + id + "/revoke").with(csrf()).with(user(owner.username()).roles("RESEARCHER")))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/cases").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
    }

    @Test
    void unknownTokensAndOtherPeoplesTokensAreRefused() throws Exception {
        mvc.perform(get("/api/cases").header("Authorization", "Bearer tocsin_notarealtoken")).andExpect(status().isUnauthorized());
        UserAccounts.Account owner = AccountsFixture.newUser(accounts, "owner", UserAccounts.Role.RESEARCHER);
        UserAccounts.Account other = AccountsFixture.newUser(accounts, "other", UserAccounts.Role.RESEARCHER);
        createToken(owner, "mine");
        long id = db.sql("select id from api_token where user_id = ?").param(owner.id()).query(Long.class).single();
        mvc.perform(post("/account/tokens/" + id + "/revoke").with(csrf()).with(user(other.username()).roles("RESEARCHER")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aDisabledAccountsTokenStopsWorking() throws Exception {
        UserAccounts.Account owner = AccountsFixture.newUser(accounts, "leaver", UserAccounts.Role.COORDINATOR);
        String token = createToken(owner, "sync");
        mvc.perform(get("/api/cases").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        accounts.setEnabled("someone-else", owner.id(), accounts.get(owner.id()).version(), false);
        mvc.perform(get("/api/cases").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
    }

    @Test
    void aTokenNeedsANameSaidInTheUsersLanguage() throws Exception {
        UserAccounts.Account owner = AccountsFixture.newUser(accounts, "nameless", UserAccounts.Role.RESEARCHER);
        String page = mvc.perform(post("/account/tokens").param("name", " ").locale(Locale.forLanguageTag("ru")).with(csrf())
                        .with(user(owner.username()).roles("RESEARCHER")))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("aria-invalid=\"true\"").contains("API-токены").contains("Это поле обязательно.");
        assertThat(db.sql("select count(*) from api_token where user_id = ?").param(owner.id()).query(Long.class).single()).isZero();
    }
}
