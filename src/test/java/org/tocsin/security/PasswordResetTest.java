package org.tocsin.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tocsin.security.AccountsFixture.PASSWORD;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.tocsin.IntegrationTest;

/** Password reset without SMTP: the mail waits in the outbox, which administrators read. */
class PasswordResetTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient db;

    @Autowired
    UserAccounts accounts;

    @Autowired
    Mailer mailer;

    private String linkMailedTo(String email) {
        Mailer.OutboxMail mail = OutboxMails.to(mailer, email).getFirst();
        String body = mail.body();
        String stored = db.sql("select coalesce(recipient, '') || encode(body, 'escape') || encode(recipient_sealed, 'escape') from outbox_mail where id = ?")
                .param(mail.id()).query(String.class).single();
        assertThat(stored).as("stored sealed").doesNotContain("/password-reset/").doesNotContain(email);
        Matcher link = Pattern.compile("http://localhost:\\d+(/password-reset/[A-Za-z0-9_-]{43})").matcher(body);
        assertThat(link.find()).as("a reset link in: %s", body).isTrue();
        return link.group(1);
    }

    @Test
    void aStrangersHostHeaderNeverBecomesTheLinksAddress() throws Exception {
        UserAccounts.Account user = AccountsFixture.newUser(accounts, "targeted", UserAccounts.Role.COORDINATOR);
        mvc.perform(post("/password-reset").param("identifier", user.username()).header("Host", "evil.example").with(csrf()))
                .andExpect(redirectedUrl("/password-reset?sent"));
        String body = mailer.outbox(0, 50).stream().filter(mail -> mail.recipient().equals(user.email())).findFirst()
                .orElseThrow().body();
        assertThat(body).doesNotContain("evil.example").containsPattern("http://localhost:\\d+/password-reset/");
    }

    @Test
    void theLinkSetsANewPasswordOnceAndEndsEverySession() throws Exception {
        UserAccounts.Account user = AccountsFixture.newUser(accounts, "forgot", UserAccounts.Role.RESEARCHER);
        Cookie oldSession = AccountsFixture.sessionCookie(AccountsFixture.postLogin(mvc, user.username(), PASSWORD, AccountsFixture.randomAddress()));

        mvc.perform(post("/password-reset").param("identifier", user.email().toUpperCase()).with(csrf()))
                .andExpect(redirectedUrl("/password-reset?sent"));
        String link = linkMailedTo(user.email());
        assertThat(db.sql("select count(*) from password_reset where token_hash = ?").param(link.substring(link.lastIndexOf('/') + 1))
                .query(Long.class).single()).as("stored hashed").isZero();

        mvc.perform(get(link)).andExpect(status().isOk());
        String tooShort = mvc.perform(post(link).param("password", "short").param("confirmation", "short").with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(tooShort).contains("Use at least 12 characters.");
        String mismatch = mvc.perform(post(link).param("password", "a new long password").param("confirmation", "another long password")
                        .with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(mismatch).contains("The two passwords are not the same.");

        mvc.perform(post(link).param("password", "a new long password").param("confirmation", "a new long password").with(csrf()))
                .andExpect(redirectedUrl("/login?reset"));
        mvc.perform(get("/cases").cookie(oldSession)).andExpect(redirectedUrl("/login"));
        assertThat(AccountsFixture.postLogin(mvc, user.username(), "a new long password", AccountsFixture.randomAddress())
                .getRedirectedUrl()).isEqualTo("/cases");

        // Single use.
        mvc.perform(get(link)).andExpect(status().isNotFound());
        mvc.perform(post(link).param("password", "a third long password").param("confirmation", "a third long password").with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(AccountsFixture.postLogin(mvc, user.username(), "a new long password", AccountsFixture.randomAddress())
                .getRedirectedUrl()).isEqualTo("/cases");
    }

    @Test
    void theAnswerIsTheSameWhetherOrNotTheAccountExists() throws Exception {
        long before = db.sql("select count(*) from outbox_mail").query(Long.class).single();
        mvc.perform(post("/password-reset").param("identifier", "no-such-person@example.org").with(csrf()))
                .andExpect(redirectedUrl("/password-reset?sent"));
        assertThat(OutboxMails.to(mailer, "no-such-person@example.org")).isEmpty();
        UserAccounts.Account user = AccountsFixture.newUser(accounts, "exists", UserAccounts.Role.RESEARCHER);
        mvc.perform(post("/password-reset").param("identifier", user.username()).with(csrf()))
                .andExpect(redirectedUrl("/password-reset?sent"));
        assertThat(db.sql("select count(*) from outbox_mail").query(Long.class).single()).isGreaterThan(before);
        String page = mvc.perform(get("/password-reset?sent").param("lang", "ru")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("ссылка уже отправлена");
    }

    @Test
    void administratorsReadTheOutbox() throws Exception {
        UserAccounts.Account user = AccountsFixture.newUser(accounts, "outboxed", UserAccounts.Role.RESEARCHER);
        mvc.perform(post("/password-reset").param("identifier", user.username()).with(csrf()));
        String outbox = mvc.perform(get("/admin/outbox").with(user(ADMIN).roles("ADMINISTRATOR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(outbox).contains(user.email()).contains("Tocsin: choose a new password");
    }

    @Test
    void anExpiredLinkNoLongerWorks() throws Exception {
        UserAccounts.Account user = AccountsFixture.newUser(accounts, "late", UserAccounts.Role.RESEARCHER);
        mvc.perform(post("/password-reset").param("identifier", user.username()).with(csrf()));
        String link = linkMailedTo(user.email());
        db.sql("update password_reset set expires_at = now() - interval '1 minute' where user_id = ?").param(user.id()).update();
        String page = mvc.perform(get(link).param("lang", "ru")).andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Эта ссылка больше не действует");
    }
}
