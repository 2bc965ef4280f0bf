package org.tocsin.network.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.tocsin.IntegrationTest;
import org.tocsin.network.members.Members;

/**
 * The embedded default has no mail server: a sign-up's confirmation waits in the outbox, an
 * administrator reads it there, and its link works.
 */
class OutboxWithoutSmtpTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient db;
    @Autowired
    Members members;
    @Autowired
    MailWorker worker;

    @Test
    void aConfirmationWaitsForAnAdministratorToReadIt() throws Exception {
        assertThat(worker.sends()).isFalse();
        String email = "nosmtp-" + UUID.randomUUID() + "@example.org";
        mvc.perform(post("/join").with(csrf()).param("email", email).param("language", "en").param("frequency", "weekly")
                .param("website", "")).andExpect(redirectedUrl("/join/sent"));
        long member = members.findByEmail(email).orElseThrow();
        long id = db.sql("select id from notification where member_id = ? and kind = 'confirm' and status = 'queued'")
                .param(member).query(Long.class).single();

        var admin = user("admin").roles("ADMINISTRATOR");
        mvc.perform(get("/admin/notifications").with(admin)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("No mail server is set")))
                .andExpect(content().string(Matchers.not(Matchers.containsString(email))));
        String shown = mvc.perform(get("/admin/notifications/" + id).with(admin)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(email)))
                .andReturn().getResponse().getContentAsString();
        Matcher link = Pattern.compile("http://localhost:\\d+(/join/confirm/[A-Za-z0-9_-]+)").matcher(shown);
        assertThat(link.find()).isTrue();

        mvc.perform(get(link.group(1))).andExpect(status().isOk());
        assertThat(db.sql("select status from member where id = ?").param(member).query(String.class).single()).isEqualTo("pending");
        mvc.perform(post(link.group(1)).with(csrf())).andExpect(status().isOk());
        assertThat(db.sql("select status from member where id = ?").param(member).query(String.class).single()).isEqualTo("active");

        // A confirmation link older than its seven days no longer works.
        mvc.perform(post("/join").with(csrf()).with(r -> {
            r.setRemoteAddr("10.77.0.1");
            return r;
        }).param("email", email).param("language", "en").param("frequency", "weekly")).andExpect(redirectedUrl("/join/sent"));
        long second = db.sql("select max(id) from notification where member_id = ? and kind = 'confirm'").param(member).query(Long.class).single();
        Matcher again = Pattern.compile("(/join/confirm/[A-Za-z0-9_-]+)").matcher(
                mvc.perform(get("/admin/notifications/" + second).with(admin)).andReturn().getResponse().getContentAsString());
        assertThat(again.find()).isTrue();
        db.sql("update member_token set expires_at = now() - interval '1 minute' where member_id = ?").param(member).update();
        mvc.perform(get(again.group(1))).andExpect(status().isNotFound())
                .andExpect(content().string(Matchers.containsString("This link no longer works")));
    }
}
