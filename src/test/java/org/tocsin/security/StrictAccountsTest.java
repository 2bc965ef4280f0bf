package org.tocsin.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tocsin.security.AccountsFixture.PASSWORD;
import static org.tocsin.security.AccountsFixture.from;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.tocsin.IntegrationTest;

/**
 * The service as deployed: two-factor login required for administrators and researchers, mail
 * through a real SMTP server (GreenMail). Its own Spring context and database, so that it can
 * also test the last administrator and the everyone-out button without disturbing other tests.
 */
@TestPropertySource(properties = {
        "tocsin.security.require-two-factor=true",
        "tocsin.smtp.host=127.0.0.1",
        "tocsin.smtp.starttls=false",
        "tocsin.base-url=https://tocsin.example.org/"})
class StrictAccountsTest extends IntegrationTest {

    static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void smtpPort(DynamicPropertyRegistry registry) {
        registry.add("tocsin.smtp.port", () -> SMTP.getSmtp().getPort());
    }

    @AfterAll
    static void stopSmtp() {
        SMTP.stop();
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient db;

    @Autowired
    UserAccounts accounts;

    @Autowired
    TwoFactor twoFactor;
    @Autowired
    Mailer mailer;

    @Test
    void anAdministratorWithoutASecondFactorCanOnlyEnrol() throws Exception {
        UserAccounts.Account admin = AccountsFixture.newUser(accounts, "newadmin", UserAccounts.Role.ADMINISTRATOR);
        String address = AccountsFixture.randomAddress();
        Cookie session = AccountsFixture.sessionCookie(AccountsFixture.postLogin(mvc, admin.username(), PASSWORD, address));

        for (String page : new String[] {"/cases", "/admin/users", "/account/tokens", "/account/sessions"}) {
            mvc.perform(get(page).cookie(session).with(from(address))).andExpect(redirectedUrl("/account/two-factor"));
        }
        String enrolment = mvc.perform(get("/account/two-factor").cookie(session).with(from(address)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(enrolment).contains("Your role requires two-factor login");
        // A password alone does not open the API either.
        mvc.perform(get("/api/cases").with(httpBasic(admin.username(), PASSWORD)).with(from(address)))
                .andExpect(status().isUnauthorized());

        mvc.perform(post("/account/two-factor").param("code", AccountsFixture.currentCode(twoFactor, admin.id()))
                .cookie(session).with(csrf()).with(from(address))).andExpect(status().isOk());
        mvc.perform(get("/cases").cookie(session).with(from(address))).andExpect(status().isOk());
        mvc.perform(get("/admin/users").cookie(session).with(from(address))).andExpect(status().isOk());
    }

    @Test
    void aCoordinatorNeedsNoSecondFactor() throws Exception {
        UserAccounts.Account coordinator = AccountsFixture.newUser(accounts, "coord", UserAccounts.Role.COORDINATOR);
        String address = AccountsFixture.randomAddress();
        Cookie session = AccountsFixture.sessionCookie(AccountsFixture.postLogin(mvc, coordinator.username(), PASSWORD, address));
        mvc.perform(get("/cases").cookie(session).with(from(address))).andExpect(status().isOk());
        mvc.perform(get("/api/cases").with(httpBasic(coordinator.username(), PASSWORD)).with(from(address))).andExpect(status().isOk());
    }

    @Test
    void theResetMailArrivesBySmtpWithASingleUseLink() throws Exception {
        UserAccounts.Account user = AccountsFixture.newUser(accounts, "mailed", UserAccounts.Role.COORDINATOR);
        mvc.perform(post("/password-reset").param("identifier", user.username()).with(csrf()))
                .andExpect(redirectedUrl("/password-reset?sent"));

        assertThat(SMTP.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage mail = Arrays.stream(SMTP.getReceivedMessages())
                .filter(m -> recipients(m).contains(user.email()))
                .findFirst().orElseThrow();
        assertThat(mail.getSubject()).isEqualTo("Tocsin: choose a new password");
        String body = GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "=");
        Matcher link = Pattern.compile("https://tocsin\\.example\\.org(/password-reset/[A-Za-z0-9_-]{43})").matcher(body);
        assertThat(link.find()).as("link in %s", body).isTrue();
        assertThat(OutboxMails.to(mailer, user.email())).isEmpty();

        mvc.perform(get(link.group(1))).andExpect(status().isOk());
        mvc.perform(post(link.group(1)).param("password", "chosen by the user").param("confirmation", "chosen by the user").with(csrf()))
                .andExpect(redirectedUrl("/login?reset"));
        mvc.perform(get(link.group(1))).andExpect(status().isNotFound());
        assertThat(AccountsFixture.postLogin(mvc, user.username(), "chosen by the user", AccountsFixture.randomAddress())
                .getRedirectedUrl()).isEqualTo("/cases");
    }

    private static String recipients(MimeMessage message) {
        try {
            return GreenMailUtil.getAddressList(message.getAllRecipients());
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theLastAdministratorCannotBeDisabledOrDemoted() throws Exception {
        db.sql("update app_user set enabled = false where role = 'ADMINISTRATOR' and username <> ?").param(ADMIN).update();
        UserAccounts.Account admin = accounts.find(ADMIN).orElseThrow();

        String refused = mvc.perform(post("/admin/users/" + admin.id() + "/enabled").param("enabled", "false")
                        .param("version", String.valueOf(admin.version())).with(user("other-admin").roles("ADMINISTRATOR")).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("This is the last enabled administrator");
        String demotion = mvc.perform(post("/admin/users/" + admin.id() + "/role").param("role", "RESEARCHER")
                        .param("version", String.valueOf(admin.version())).param("lang", "ru")
                        .with(user("other-admin").roles("ADMINISTRATOR")).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(demotion).contains("Это последний активный администратор");
        assertThat(accounts.get(admin.id())).satisfies(a -> {
            assertThat(a.enabled()).isTrue();
            assertThat(a.role()).isEqualTo(UserAccounts.Role.ADMINISTRATOR);
        });

        UserAccounts.Account second = AccountsFixture.newUser(accounts, "deputy", UserAccounts.Role.ADMINISTRATOR);
        mvc.perform(post("/admin/users/" + second.id() + "/role").param("role", "RESEARCHER").param("version", "0")
                .with(user("other-admin").roles("ADMINISTRATOR")).with(csrf())).andExpect(status().is3xxRedirection());
    }

    @Test
    void theRaidButtonLogsEveryoneElseOutAndRevokesEveryToken() throws Exception {
        UserAccounts.Account chief = AccountsFixture.newUser(accounts, "chief", UserAccounts.Role.ADMINISTRATOR);
        AccountsFixture.enrol(twoFactor, db, chief);
        String address = AccountsFixture.randomAddress();
        Cookie pending = AccountsFixture.sessionCookie(AccountsFixture.postLogin(mvc, chief.username(), PASSWORD, address));
        MockHttpServletResponse second = mvc.perform(post("/login/code").param("code", AccountsFixture.freshCode(twoFactor, db, chief.id()))
                .cookie(pending).with(csrf()).with(from(address))).andReturn().getResponse();
        Cookie chiefSession = AccountsFixture.sessionCookie(second);

        UserAccounts.Account field = AccountsFixture.newUser(accounts, "field", UserAccounts.Role.COORDINATOR);
        Cookie fieldSession = AccountsFixture.sessionCookie(AccountsFixture.postLogin(mvc, field.username(), PASSWORD, address));
        ApiTokens.Created fieldToken = new ApiTokens(db).create(field.id(), "laptop");
        ApiTokens.Created chiefToken = new ApiTokens(db).create(chief.id(), "office");
        mvc.perform(get("/cases").cookie(fieldSession)).andExpect(status().isOk());

        String unconfirmed = mvc.perform(post("/admin/emergency").cookie(chiefSession).with(csrf()).with(from(address)))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(unconfirmed).contains("Tick the box to confirm.");
        mvc.perform(get("/cases").cookie(fieldSession)).andExpect(status().isOk());

        mvc.perform(post("/admin/emergency").param("confirm", "true").cookie(chiefSession).with(csrf()).with(from(address)))
                .andExpect(redirectedUrl("/admin/emergency?done"));
        mvc.perform(get("/cases").cookie(fieldSession)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/admin/users").cookie(chiefSession).with(from(address))).andExpect(status().isOk());
        mvc.perform(get("/api/cases").header("Authorization", "Bearer " + fieldToken.secret())).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/cases").header("Authorization", "Bearer " + chiefToken.secret())).andExpect(status().isUnauthorized());
    }
}
