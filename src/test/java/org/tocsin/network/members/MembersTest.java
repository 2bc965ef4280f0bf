package org.tocsin.network.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tocsin.network.MailTest;

/** Sign-up, confirmation, unsubscribe, own data and abuse defences, against a real SMTP server. */
class MembersTest extends MailTest {

    private static final AtomicInteger CLIENTS = new AtomicInteger(1);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient db;
    @Autowired
    Members members;

    static String address(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    /** A different client address per call, so the per-client limit only trips where a test wants it. */
    static MockHttpServletRequestBuilder join(String email, String language, String client) {
        return post("/join").with(csrf()).with(request -> {
                    request.setRemoteAddr(client);
                    return request;
                })
                .param("email", email).param("name", "Нина Тестова").param("town", "Казань").param("address", "")
                .param("language", language).param("frequency", "immediate").param("website", "");
    }

    static String newClient() {
        return "10.1." + (CLIENTS.get() / 250) + "." + (CLIENTS.getAndIncrement() % 250);
    }

    String statusOf(String email) {
        return members.findByEmail(email).map(id -> db.sql("select status from member where id = ?").param(id)
                .query(String.class).single()).orElse(null);
    }

    @Test
    void signUpMailsAConfirmationInTheChosenLanguageAndTheLinkActivates() throws Exception {
        String email = address("nina");
        mvc.perform(join(email, "ru", newClient())).andExpect(redirectedUrl("/join/sent"));
        assertThat(statusOf(email)).isEqualTo("pending");

        MimeMessage mail = awaitMails(email, 1).getFirst();
        assertThat(mail.getSubject()).isEqualTo("Подтвердите подписку на срочные акции");
        // Whoever filled the form may not be the owner of the address: nothing typed comes back in the mail.
        assertThat(text(mail)).contains("Здравствуйте!").doesNotContain("Нина", "Тестова", "Казань");
        assertThat(mail.getHeader("List-Unsubscribe")[0]).startsWith("<https://tocsin.example.org/members/unsubscribe/");
        assertThat(mail.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");

        assertThat(text(mail)).contains("нажмите «Подтвердить»");
        String confirm = link(mail, "/join/confirm/");
        // A mail scanner opening the link only sees the button.
        mvc.perform(get(confirm)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Confirm your subscription")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("name=\"_csrf\"")));
        mvc.perform(get(confirm).locale(Locale.forLanguageTag("ru")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Подтвердить")));
        assertThat(statusOf(email)).isEqualTo("pending");
        mvc.perform(post(confirm)).andExpect(status().isForbidden());
        assertThat(statusOf(email)).as("no CSRF token, no confirmation").isEqualTo("pending");

        mvc.perform(post(confirm).with(csrf())).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Welcome to the network")));
        assertThat(statusOf(email)).isEqualTo("active");
        mvc.perform(get(confirm)).andExpect(status().isNotFound());
        mvc.perform(post(confirm).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get("/join/confirm/" + "x".repeat(43))).andExpect(status().isNotFound());
    }

    @Test
    void signUpKeepsTheChosenThemesAndRefusesUnknownOnes() throws Exception {
        mvc.perform(get("/join")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("<legend>Themes</legend>")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Leave empty to receive all.")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Human rights defenders")))
                // Each language named in itself, as its readers look for it.
                .andExpect(content().string(org.hamcrest.Matchers.containsString(">Русский</option>")));
        mvc.perform(get("/join").locale(Locale.forLanguageTag("ru")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("<legend>Темы</legend>")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Оставьте пустым, чтобы получать все.")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Смертная казнь")));

        String email = address("themes");
        mvc.perform(join(email, "en", newClient()).param("themes", "torture", "death_penalty"))
                .andExpect(redirectedUrl("/join/sent"));
        long id = members.findByEmail(email).orElseThrow();
        assertThat(db.sql("select themes from member where id = ?").param(id)
                .query((rs, n) -> List.of((String[]) rs.getArray(1).getArray())).single())
                .containsExactly("torture", "death_penalty");

        String unknown = address("unknown-theme");
        mvc.perform(join(unknown, "en", newClient()).param("themes", "torture", "gardening"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"themes-error\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"torture\" checked")));
        assertThat(members.findByEmail(unknown)).isEmpty();
    }

    @Test
    void aSecondSignUpGetsAFreshMailAndTheSameAnswer() throws Exception {
        String email = address("twice");
        mvc.perform(join(email, "en", newClient())).andExpect(redirectedUrl("/join/sent"));
        mvc.perform(post(link(awaitMails(email, 1).getFirst(), "/join/confirm/")).with(csrf())).andExpect(status().isOk());
        mvc.perform(join(email.toUpperCase(Locale.ROOT), "en", newClient())).andExpect(redirectedUrl("/join/sent"));
        List<MimeMessage> mails = awaitMails(email, 2);
        assertThat(mails.get(1).getSubject()).isEqualTo("Confirm your subscription to urgent actions");
        assertThat(statusOf(email)).isEqualTo("active");
    }

    @Test
    void badInputNamesTheFieldAndWritesNothing() throws Exception {
        String email = "not-an-address-" + UUID.randomUUID();
        mvc.perform(join(email, "en", newClient()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Enter an e-mail address such as name@example.org.")));
        mvc.perform(join(address("lang"), "xx", newClient())).andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Choose one of the listed values.")));
        assertThat(members.findByEmail(email)).isEmpty();
        mvc.perform(join(email, "ru", newClient()).locale(Locale.forLanguageTag("ru")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Введите адрес электронной почты")));
    }

    @Test
    void theHoneypotLooksLikeSuccessAndDoesNothing() throws Exception {
        String email = address("bot");
        mvc.perform(join(email, "en", newClient()).param("website", "http://spam.example"))
                .andExpect(redirectedUrl("/join/sent"));
        assertThat(members.findByEmail(email)).isEmpty();
    }

    @Test
    void signUpsAreLimitedPerAddressAndPerClient() throws Exception {
        String email = address("flood");
        for (int i = 0; i < Members.MAX_ATTEMPTS_PER_EMAIL; i++) {
            mvc.perform(join(email, "en", newClient())).andExpect(redirectedUrl("/join/sent"));
        }
        mvc.perform(join(email, "en", newClient())).andExpect(status().isTooManyRequests())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Too many attempts")));

        String client = newClient();
        for (int i = 0; i < Members.MAX_ATTEMPTS_PER_CLIENT; i++) {
            mvc.perform(join(address("client"), "en", client)).andExpect(redirectedUrl("/join/sent"));
        }
        String last = address("client");
        mvc.perform(join(last, "en", client)).andExpect(status().isTooManyRequests());
        assertThat(members.findByEmail(last)).isEmpty();
    }

    @Test
    void oneClickUnsubscribeNeedsNoLoginAndNoCsrfToken() throws Exception {
        String email = address("leaver");
        mvc.perform(join(email, "en", newClient())).andExpect(redirectedUrl("/join/sent"));
        MimeMessage mail = awaitMails(email, 1).getFirst();
        mvc.perform(post(link(mail, "/join/confirm/")).with(csrf())).andExpect(status().isOk());
        String unsubscribe = mail.getHeader("List-Unsubscribe")[0].replaceAll("^<https://tocsin\\.example\\.org|>$", "");

        mvc.perform(get(unsubscribe)).andExpect(status().isOk());
        assertThat(statusOf(email)).as("a GET (a link scanner) changes nothing").isEqualTo("active");
        mvc.perform(post(unsubscribe).contentType(MediaType.APPLICATION_FORM_URLENCODED).content("List-Unsubscribe=One-Click"))
                .andExpect(status().isOk());
        assertThat(statusOf(email)).isEqualTo("unsubscribed");
        mvc.perform(post("/members/unsubscribe/" + "y".repeat(43))).andExpect(status().isNotFound());
    }

    @Test
    void aSuppressedAddressIsNeverMailedAgain() throws Exception {
        String email = address("bounce");
        long id = members.addConfirmed(email, null, "en", null, List.of(), "immediate");
        mvc.perform(post("/api/members/suppressions").with(httpBasic(ADMIN, ADMIN_PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"" + email + "\",\"reason\":\"bounce\"}"))
                .andExpect(status().isCreated())
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(email))));
        assertThat(statusOf(email)).isEqualTo("suppressed");
        mvc.perform(post("/api/members/suppressions").with(httpBasic(ADMIN, ADMIN_PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"" + email + "\",\"reason\":\"spite\"}"))
                .andExpect(status().isBadRequest());

        mvc.perform(join(email, "en", newClient())).andExpect(redirectedUrl("/join/sent"));
        Thread.sleep(1000);
        assertThat(mailsTo(email)).isEmpty();
        assertThat(db.sql("select count(*) from notification where member_id = ?").param(id).query(Long.class).single()).isZero();
    }

    @Test
    void aMemberSeesDownloadsChangesAndDeletesTheirData() throws Exception {
        String email = address("owner");
        long id = members.addConfirmed(email, "Olga Ownerova", "en", null, List.of("RUS"), List.of("impunity"), "immediate");
        long actionId = db.sql("select min(id) from urgent_action").query(Long.class).optional().orElse(0L);
        Long report = actionId == 0 ? null : db.sql("""
                        insert into action_report (action_id, member_id, channel, count, taken_on, origin)
                        values (?, ?, 'letter', 1, current_date, 'member') returning id""")
                .params(actionId, id).query(Long.class).single();

        mvc.perform(post("/members/my-data").with(csrf()).with(r -> {
            r.setRemoteAddr(newClient());
            return r;
        }).param("email", email)).andExpect(redirectedUrl("/members/my-data?sent"));
        MimeMessage mail = awaitMails(email, 1).getFirst();
        String page = link(mail, "/members/my-data/");

        mvc.perform(get(page)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(email)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Olga Ownerova")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"impunity\" checked")));
        mvc.perform(get(page + "/download")).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("attachment")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.email").value(email))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.name").value("Olga Ownerova"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.countries[0]").value("RUS"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.themes[0]").value("impunity"));

        int version = db.sql("select version from member where id = ?").param(id).query(Integer.class).single();
        mvc.perform(post(page).with(csrf()).param("name", "<b>Olga</b>").param("town", "").param("address", "")
                        .param("language", "ru").param("frequency", "weekly").param("version", Integer.toString(version))
                        .param("themes", "women_rights", "lgbti"))
                .andExpect(redirectedUrl(page + "?saved"));
        assertThat(members.data(id).themes()).containsExactly("women_rights", "lgbti");
        mvc.perform(post(page).with(csrf()).param("language", "ru").param("frequency", "weekly")
                        .param("version", Integer.toString(version + 1)).param("themes", "astrology").locale(Locale.forLanguageTag("ru")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Выберите одно из значений списка.")));
        assertThat(members.data(id).themes()).containsExactly("women_rights", "lgbti");
        mvc.perform(get(page)).andExpect(content().string(org.hamcrest.Matchers.containsString("&lt;b&gt;Olga&lt;/b&gt;")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("<b>Olga</b>"))));
        mvc.perform(post(page).with(csrf()).param("name", "Stale").param("language", "ru").param("frequency", "weekly")
                .param("version", Integer.toString(version))).andExpect(status().isConflict());

        mvc.perform(post(page + "/delete").with(csrf())).andExpect(redirectedUrl("/members/deleted"));
        assertThat(members.findByEmail(email)).isEmpty();
        assertThat(db.sql("select count(*) from notification where member_id = ?").param(id).query(Long.class).single()).isZero();
        if (report != null) {
            assertThat(db.sql("select member_id from action_report where id = ?").param(report).query(Long.class).optional())
                    .as("the report stays, anonymous").isEmpty();
            assertThat(db.sql("select count(*) from action_report where id = ?").param(report).query(Long.class).single()).isOne();
        }
        mvc.perform(get(page)).andExpect(status().isNotFound());
    }

    @Test
    void staffSeeMembersOnlyWithinTheirSections(@Autowired org.tocsin.security.UserAccounts accounts) throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long mine = db.sql("insert into section (name, country_code, languages) values (?, 'FRA', '{fr,en}') returning id")
                .param("Section A " + tag).query(Long.class).single();
        long theirs = db.sql("insert into section (name, country_code, languages) values (?, 'DEU', '{de}') returning id")
                .param("Section B " + tag).query(Long.class).single();
        var coordinator = accounts.create("coord-" + tag, "Coordinator " + tag, org.tocsin.security.UserAccounts.Role.COORDINATOR,
                "a long enough password " + tag);
        db.sql("insert into section_coordinator (section_id, user_id) values (?, ?)").params(mine, coordinator.id()).update();
        String inMine = address("mine");
        String inTheirs = address("theirs");
        members.addConfirmed(inMine, null, "fr", mine, List.of(), "immediate");
        members.addConfirmed(inTheirs, null, "de", theirs, List.of(), "weekly");

        var admin = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("admin").roles("ADMINISTRATOR");
        mvc.perform(get("/members").with(admin)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(inMine)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(inTheirs)));
        var coord = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(coordinator.username())
                .roles("COORDINATOR");
        // A coordinator counts their own section's members but opens no address: they are confidential.
        mvc.perform(get("/members").with(coord).locale(Locale.forLanguageTag("ru"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Section A " + tag)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("конфиденциально")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(inMine))))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Section B " + tag))))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(inTheirs))))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Участники по статусу и языку")));
        mvc.perform(get("/members").with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .user("researcher").roles("RESEARCHER"))).andExpect(status().isForbidden());
        mvc.perform(get("/join")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Section A " + tag)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"fr\"")));
    }

    @Test
    void theMemberTableHoldsNoAddressOrNameInClear() throws Exception {
        String email = address("secret");
        String name = "Zarema Secretova " + UUID.randomUUID();
        mvc.perform(join(email, "en", newClient()).param("name", name).param("address", "5 Hidden Lane " + name))
                .andExpect(redirectedUrl("/join/sent"));
        awaitMails(email, 1);
        String tables = db.sql("select coalesce(string_agg(m::text, ' '), '') from member m").query(String.class).single()
                + db.sql("select coalesce(string_agg(n::text, ' '), '') from notification n").query(String.class).single()
                + db.sql("select coalesce(string_agg(t::text, ' '), '') from member_token t").query(String.class).single();
        // bytea columns print as hex: a value stored unsealed would show as the hex of its bytes.
        String hex = java.util.HexFormat.of().formatHex(email.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String nameHex = java.util.HexFormat.of().formatHex("Secretova".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(tables).doesNotContain(email).doesNotContain("Secretova").doesNotContain("Hidden Lane")
                .doesNotContain(hex).doesNotContain(nameHex);
    }
}
