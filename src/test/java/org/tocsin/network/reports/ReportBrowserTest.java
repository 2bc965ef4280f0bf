package org.tocsin.network.reports;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.tocsin.BrowserTest;
import org.tocsin.security.Mailer;
import org.tocsin.security.OutboxMails;

/**
 * A member without an account reports what they did on the take-action page, gets the
 * confirmation mail through a real SMTP server (GreenMail), follows its link, and the count goes
 * up on the take-action page and on the staff dashboard. In English and in Russian. Its own
 * context (the mail server), shared by the API's mail test.
 */
@TestPropertySource(properties = {"tocsin.smtp.host=127.0.0.1", "tocsin.smtp.starttls=false"})
class ReportBrowserTest extends BrowserTest {

    static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    static final Pattern LINK = Pattern.compile("https?://[^\\s]+(/take-action/report/confirm/[A-Za-z0-9_-]{43})");

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
    JdbcClient db;
    @Autowired
    MockMvc mvc;
    @Autowired
    Mailer mailer;

    /** The body of the mail sent to {@code address}, waiting for it to arrive. */
    static String mailTo(String address, String subjectPart) throws Exception {
        for (int attempt = 0; attempt < 100; attempt++) {
            for (MimeMessage m : SMTP.getReceivedMessages()) {
                if (GreenMailUtil.getAddressList(m.getAllRecipients()).contains(address)) {
                    assertThat(m.getSubject()).contains(subjectPart);
                    return String.valueOf(m.getContent());
                }
            }
            SMTP.waitForIncomingEmail(200, SMTP.getReceivedMessages().length + 1);
        }
        throw new AssertionError("no mail to " + address);
    }

    static String confirmationPath(String body) {
        Matcher link = LINK.matcher(body);
        assertThat(link.find()).as("link in %s", body).isTrue();
        return link.group(1);
    }

    @ParameterizedTest(name = "in {0}")
    @CsvSource({
            "en, No actions reported yet, We have sent you an e-mail, Confirm your report, 3 actions so far, Your report is counted",
            "ru, Пока никто не сообщил, Мы отправили вам письмо, Подтвердите сообщение, Уже сделано действий: 3, Ваше сообщение учтено"})
    void reportAnActionConfirmItAndSeeTheCount(String language, String none, String sent, String subject, String three,
                                               String counted) throws Exception {
        ReportFixtures f = new ReportFixtures(db);
        long ua = f.issued();
        String address = "member-" + f.tag + "@example.org";
        List<String> console = new CopyOnWriteArrayList<>();
        page.onConsoleMessage(message -> console.add(message.text()));

        page.navigate("/take-action/" + ua + "?lang=" + language);
        assertThat(page.locator("#report-count")).containsText(none);
        page.locator("#report-channel").selectOption("letter");
        page.locator("#report-target-0").check();
        page.locator("#report-count-input").fill("3");
        assertThat(page.locator("#report-date")).hasValue(LocalDate.now().toString());
        page.locator("#report-email").fill(address);
        page.locator("#report-action button[type=submit]").click();
        assertThat(page.locator("#report-action .alert.ok")).containsText(sent);
        assertThat(page.locator("#report-count")).containsText(none);
        screenshot("report-sent-" + language);

        String body = mailTo(address, subject);
        assertThat(body).contains(f.code(ua));
        page.navigate(confirmationPath(body));
        page.locator("main form button[type=submit]").click();
        assertThat(page.locator("main .alert.ok")).containsText(counted);
        assertThat(page.locator("#report-count")).containsText(three);

        page.navigate("/take-action/" + ua);
        assertThat(page.locator("#report-count")).containsText(three);
        assertThat(console).noneMatch(text -> text.contains("Content Security Policy"));
        screenshot("report-counted-" + language);

        logIn(language);
        page.navigate("/reports/actions/" + ua);
        assertThat(page.locator("#dashboard-total")).hasText("3");
        assertThat(page.locator("#by-channel-table")).containsText(language.equals("en") ? "Letter" : "Письмо");
        assertThat(page.locator("svg[role=img] rect")).hasCount(1);
        assertThat(console).noneMatch(text -> text.contains("Content Security Policy"));
        screenshot("report-dashboard-" + language);
    }

    @Test
    void aReportFromTheFormWaitsForItsLinkAndTheAddressIsKeptNowhere() throws Exception {
        ReportFixtures f = new ReportFixtures(db);
        long ua = f.issued();
        String address = "form-" + f.tag + "@example.org";
        String html = mvc.perform(post("/take-action/" + ua + "/report").with(csrf()).with(PublicReportPagesTest.fromSomewhere())
                        .header("HX-Request", "true").param("channel", "letter").param("count", "3")
                        .param("takenOn", LocalDate.now().toString()).param("email", address)
                        .param("targetIds", String.valueOf(f.prosecutor)).param("website", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("We have sent you an e-mail").doesNotContain("<html");
        assertThat(f.count("select count(*) from action_report where action_id = ? and status = 'pending' and count = 3", ua)).isEqualTo(1);
        assertThat(f.count("select count(*) from action_report_target t join action_report r on r.id = t.report_id where r.action_id = ? and t.target_id = ?",
                ua, f.prosecutor)).isEqualTo(1);
        assertThat(mailTo(address, "Confirm your report")).contains("3 × Letter");
        assertThat(OutboxMails.to(mailer, address)).isEmpty();
        // No column of the report's tables holds the address.
        assertThat(f.count("select count(*) from action_report r where r.action_id = ? and row_to_json(r)::text like ?", ua, "%" + address + "%")).isZero();
    }

    @Test
    void theApisConfirmationMailArrivesAndItsLinkCountsOnce() throws Exception {
        ReportFixtures f = new ReportFixtures(db);
        long ua = f.issued();
        String address = "api-" + f.tag + "@example.org";
        mvc.perform(post("/api/public/reports").contentType(MediaType.APPLICATION_JSON).with(PublicReportPagesTest.fromSomewhere())
                        .content("""
                                {"code": "%s", "channel": "phone", "count": 2, "takenOn": "%s", "email": "%s"}"""
                                .formatted(f.code(ua), LocalDate.now(), address)))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.status").value("pending"));
        String path = confirmationPath(mailTo(address, "Confirm your report"));
        // The address went to the mail server only: neither the report nor the outbox keeps it.
        assertThat(OutboxMails.to(mailer, address)).isEmpty();
        assertThat(f.count("select count(*) from action_report_confirmation where token_hash = ?",
                ActionReports.hash(path.substring(path.lastIndexOf('/') + 1)))).isEqualTo(1);

        mvc.perform(post(path).with(csrf())).andExpect(status().isOk());
        mvc.perform(post(path).with(csrf())).andExpect(status().isGone());
        String html = mvc.perform(get("/take-action/" + ua + "/report").header("HX-Request", "true"))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("2 actions so far");
        assertThat(Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
            try {
                return GreenMailUtil.getAddressList(m.getAllRecipients()).contains(address);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).count()).isEqualTo(1);
    }
}
