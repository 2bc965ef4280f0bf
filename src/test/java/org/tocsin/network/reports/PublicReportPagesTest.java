package org.tocsin.network.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tocsin.IntegrationTest;
import org.tocsin.network.reports.ActionReports.Origin;
import org.tocsin.network.reports.ActionReports.Submission;
import org.tocsin.security.Mailer;
import org.tocsin.security.OutboxMails;

/** The report form of the take-action page and its confirmation link, without an account. */
class PublicReportPagesTest extends IntegrationTest {

    static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient db;
    @Autowired
    ActionReports reports;
    @Autowired
    Mailer mailer;

    ReportFixtures f;
    long ua;

    @BeforeEach
    void fixtures() {
        f = new ReportFixtures(db);
        ua = f.issued();
    }

    static RequestPostProcessor fromSomewhere() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        String address = "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + r.nextInt(1, 255);
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    MockHttpServletRequestBuilder report(long id, String channel, String count, String takenOn, String email) {
        return post("/take-action/" + id + "/report").with(csrf()).with(fromSomewhere())
                .param("channel", channel).param("count", count).param("takenOn", takenOn).param("email", email)
                .param("targetIds", String.valueOf(f.prosecutor)).param("website", "");
    }

    String body(MockHttpServletRequestBuilder request, int status) throws Exception {
        return mvc.perform(request).andExpect(status().is(status)).andReturn().getResponse().getContentAsString()
                .replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    void aggregate(long id, int count) {
        reports.recordStaff(reports.open(id), new Submission("letter", List.of(), String.valueOf(count),
                LocalDate.now().toString(), null, null), Origin.API, "test");
    }

    @Test
    void theFragmentShowsTheCountAndTheFormInEnglishAndRussian() throws Exception {
        String empty = body(get("/take-action/" + ua + "/report").header("HX-Request", "true"), 200);
        assertThat(empty).contains("No actions reported yet").doesNotContain("<html");
        aggregate(ua, 1234);
        String en = body(get("/take-action/" + ua + "/report").header("HX-Request", "true"), 200);
        assertThat(en).contains("1,234 actions so far", "How you took action", "Letter", "Social media",
                "Pavel Prosecutor " + f.tag, "Your e-mail address", "name=\"_csrf\"", "name=\"website\"",
                "class=\"visually-hidden\"", "hx-post=\"/take-action/" + ua + "/report\"")
                .doesNotContain("style=");
        String ru = body(get("/take-action/" + ua + "/report").header("HX-Request", "true").locale(RUSSIAN), 200);
        assertThat(ru).contains("Уже сделано действий: 1 234", "Как вы действовали", "Письмо", "Ваш адрес электронной почты",
                "Сообщить о сделанном");
        // Without JavaScript the same form comes as a page of its own; the take-action page links to it.
        assertThat(body(get("/take-action/" + ua + "/report"), 200)).contains("<html", "1,234 actions so far");
        assertThat(body(get("/take-action/" + ua), 200)).contains("hx-get=\"/take-action/" + ua + "/report\"");
    }

    @Test
    void withoutAMailServerTheConfirmationWaitsSealedInTheOutbox() throws Exception {
        String address = "trial-" + f.tag + "@example.org";
        String html = body(report(ua, "letter", "3", LocalDate.now().toString(), address).header("HX-Request", "true"), 200);
        assertThat(html).contains("We have sent you an e-mail");
        assertThat(f.count("select count(*) from action_report where action_id = ? and status = 'pending'", ua)).isEqualTo(1);
        // An install being tried out has no mail server: administrators read the mail on /admin/outbox.
        Mailer.OutboxMail mail = OutboxMails.to(mailer, address).getFirst();
        Matcher link = Pattern.compile("/take-action/report/confirm/[A-Za-z0-9_-]+").matcher(mail.body());
        assertThat(link.find()).as("a confirmation link in %s", mail.body()).isTrue();
        String stored = db.sql("select coalesce(recipient, '') || encode(body, 'escape') || encode(recipient_sealed, 'escape') from outbox_mail where id = ?")
                .param(mail.id()).query(String.class).single();
        assertThat(stored).doesNotContain(address).doesNotContain(link.group());
        assertThat(body(post(link.group()).with(csrf()), 200)).contains("Your report is counted");
        assertThat(reports.chainTotal(ua)).isEqualTo(3);
    }

    @Test
    void badInputIsNamedPerFieldAndNothingIsWritten() throws Exception {
        String html = body(report(ua, "", "501", LocalDate.now().plusDays(2).toString(), "nobody"), 400);
        assertThat(html).contains("Please correct the fields", "This field is required.", "At most 500 in one report.",
                "The date cannot be in the future.", "Enter an e-mail address such as name@example.org.",
                "aria-invalid=\"true\"");
        String ru = body(report(ua, "letter", "0", "2001-01-01", "").locale(RUSSIAN), 400);
        assertThat(ru).contains("Дата не может быть раньше выпуска срочной акции");
        assertThat(f.reports(ua)).isZero();
    }

    @Test
    void hostileTextComesBackEscaped() throws Exception {
        String hostile = "\"><script>alert('x')</script>";
        String html = body(report(ua, "letter", hostile, "<img src=x onerror=alert(1)>", hostile), 400);
        assertThat(html).doesNotContain("<script>alert", "<img src=x")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
        assertThat(f.reports(ua)).isZero();
    }

    @Test
    void aFilledHoneypotGetsTheSameAnswerAndNothingIsStored() throws Exception {
        String html = body(report(ua, "letter", "2", LocalDate.now().toString(), "bot@example.org")
                .param("website", "http://spam.example"), 200);
        assertThat(html).contains("We have sent you an e-mail");
        assertThat(f.reports(ua)).isZero();
    }

    @Test
    void theAttemptDoesNotKeepAReversibleHashOfTheAddress() throws Exception {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        String address = "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + r.nextInt(1, 255);
        mvc.perform(report(ua, "letter", "1", LocalDate.now().toString(), "bot@example.org")
                .with(request -> { request.setRemoteAddr(address); return request; })
                .param("website", "x")).andExpect(status().isOk());
        java.util.List<byte[]> stored = db.sql("select address_hash from action_report_attempt where action_id = ?")
                .param(ua).query(byte[].class).list();
        assertThat(stored).isNotEmpty();
        byte[] plain = java.security.MessageDigest.getInstance("SHA-256")
                .digest(address.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(stored).noneMatch(h -> java.util.Arrays.equals(h, plain))
                .noneMatch(h -> new String(h, java.nio.charset.StandardCharsets.UTF_8).contains(address));
    }

    @Test
    void tooManyReportsFromOneAddressOrForOneActionAreRefusedClearly() throws Exception {
        RequestPostProcessor address = fromSomewhere();
        for (int i = 0; i < 20; i++) {
            mvc.perform(report(ua, "letter", "1", LocalDate.now().toString(), "bot@example.org").with(address)
                    .param("website", "x")).andExpect(status().isOk());
        }
        String refused = body(report(ua, "letter", "1", LocalDate.now().toString(), "member@example.org").with(address), 429);
        assertThat(refused).contains("Too many reports have come from your connection");
        assertThat(f.reports(ua)).isZero();

        long busy = f.issued();
        db.sql("insert into action_report_attempt (address_hash, action_id) select '\\x00'::bytea, ? from generate_series(1, 1000)")
                .param(busy).update();
        String htmx = body(report(busy, "letter", "1", LocalDate.now().toString(), "member@example.org")
                .header("HX-Request", "true"), 200);
        assertThat(htmx).contains("Too many reports");
        assertThat(f.reports(busy)).isZero();
    }

    @Test
    void aClosedActionSaysSinceWhenAndADraftIsNotFound() throws Exception {
        long closed = f.issued(LocalDate.of(2024, 1, 10));
        f.close(closed, LocalDate.of(2024, 3, 1));
        assertThat(body(get("/take-action/" + closed + "/report").header("HX-Request", "true"), 200))
                .contains("This action is closed since March 1, 2024; thank you — reports are no longer counted.")
                .doesNotContain("<form");
        assertThat(body(report(closed, "letter", "1", LocalDate.now().toString(), "m@example.org")
                .locale(RUSSIAN), 409)).contains("Эта акция закрыта с 1 марта 2024");
        assertThat(f.reports(closed)).isZero();
        mvc.perform(get("/take-action/" + f.draft() + "/report")).andExpect(status().isNotFound());
    }

    @Test
    void theMailedLinkAsksOnceAndCountsOnce() throws Exception {
        ActionReports.Recorded pending = reports.recordPublic(ua, new Submission("fax", List.of(), "5",
                LocalDate.now().toString(), null, null), null, "member@example.org");
        String link = "/take-action/report/confirm/" + pending.confirmationToken();
        assertThat(body(get(link), 200)).contains("You reported 5 actions.", "Confirm my report");
        assertThat(reports.chainTotal(ua)).isZero();
        assertThat(body(post(link).with(csrf()), 200)).contains("Your report is counted", "5 actions so far");
        assertThat(body(post(link).with(csrf()).locale(RUSSIAN), 410)).contains("Эта ссылка уже использована");
        assertThat(body(get("/take-action/report/confirm/forged"), 200)).contains("This link is not valid");
        assertThat(reports.chainTotal(ua)).isEqualTo(5);
    }
}
