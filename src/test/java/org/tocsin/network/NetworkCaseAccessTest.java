package org.tocsin.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tocsin.IntegrationTest;

/**
 * The network and model-letter views of a UA of a restricted case: a researcher not named on the
 * case gets 404 on every staff view of it (dashboard, totals, letters, localisations, reports) and
 * finds it in no staff list; a named one sees them all; the public pages of the issued UA stay
 * public, without the case file.
 */
class NetworkCaseAccessTest extends IntegrationTest {

    @Autowired
    MockMvc mockMvc;
    @Autowired
    JdbcClient db;

    String marker;
    String named;
    String other;
    long caseId;
    long action;
    long section;
    long localisation;
    long report;

    @BeforeEach
    void restrictedCaseWithAnIssuedUa() {
        marker = "Nx" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        named = "named-" + marker;
        other = "other-" + marker;
        long namedId = id("insert into app_user (username, display_name, role, password_hash) values (?, ?, 'RESEARCHER', '!') returning id",
                named, "Named " + marker);
        id("insert into app_user (username, display_name, role, password_hash) values (?, ?, 'RESEARCHER', '!') returning id",
                other, "Other " + marker);
        caseId = id("insert into case_file (title, country, restricted) values (?, 'Hiddenland', true) returning id",
                "Case " + marker);
        db.sql("insert into case_file_reader (case_id, user_id) values (?, ?)").params(caseId, namedId).update();
        action = id("""
                        insert into urgent_action (case_id, code_scheme, code_base, title, status, issued_on, summary)
                        values (?, 'external', ?, ?, 'issued', current_date - 3, 'Write now') returning id""",
                caseId, "EXT " + marker, "Action " + marker);
        db.sql("insert into model_letter (action_id, language, subject, body) values (?, 'en', ?, 'Dear {salutation}')")
                .params(action, "Letter " + marker).update();
        section = id("insert into section (name, country_code, languages) values (?, 'NOR', '{nb}') returning id",
                "Section " + marker);
        localisation = id("""
                        insert into localisation (action_id, section_id, language, title, summary, recommended_actions,
                                                  letter_subject, letter_body, status, published_at)
                        values (?, ?, 'nb', ?, 'Skriv nå', '{Skriv}', 'Emne', 'Kjære {salutation}', 'published', now())
                        returning id""",
                action, section, "Localised " + marker);
        report = id("""
                        insert into action_report (action_id, section_id, channel, count, taken_on, origin, status)
                        values (?, ?, 'letter', 7, current_date, 'coordinator', 'confirmed') returning id""",
                action, section);
    }

    @Test
    void aResearcherNotNamedOnTheCaseFindsNoStaffViewOfItsUa() throws Exception {
        RequestPostProcessor stranger = researcher(other);
        for (String path : List.of("/reports/for-case/" + caseId, "/reports/actions/" + action,
                "/api/reports/actions/" + action, "/api/reports/" + report, "/actions/" + action + "/letters",
                "/actions/" + action + "/letters/summary", "/actions/" + action + "/letters/edit?language=en",
                "/api/actions/" + action + "/letters", "/api/actions/" + action + "/letters/en",
                "/sections/localisations/for-action/" + action, "/sections/localisations/" + localisation)) {
            mockMvc.perform(get(path).with(stranger)).andExpect(status().isNotFound());
        }
        mockMvc.perform(put("/api/actions/" + action + "/letters/de").with(stranger).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"subject\":\"S\",\"body\":\"B\"}"))
                .andExpect(status().isNotFound());
        mockMvc.perform(post("/reports/actions/" + action + "/goal").param("goal", "10").with(stranger).with(csrf()))
                .andExpect(status().isNotFound());
        // staff lists that would name the UA
        assertThat(page("/sections/" + section, stranger)).doesNotContain("Localised " + marker);
        assertThat(page("/api/sections/" + section + "/localisations", stranger)).doesNotContain(marker);
        assertThat(page("/reports/sections/" + section, stranger)).doesNotContain("Action " + marker);
        assertThat(db.sql("select count(*) from model_letter where action_id = ?").param(action).query(Long.class).single())
                .isOne();
    }

    @Test
    void aResearcherNamedOnTheCaseSeesThemAll() throws Exception {
        RequestPostProcessor reader = researcher(named);
        assertThat(page("/reports/for-case/" + caseId, reader)).contains("Action " + marker);
        assertThat(page("/reports/actions/" + action, reader)).contains("Action " + marker);
        assertThat(page("/api/reports/actions/" + action, reader)).contains("\"total\":7");
        assertThat(page("/api/reports/" + report, reader)).contains("\"count\":7");
        assertThat(page("/actions/" + action + "/letters", reader)).contains("Letter " + marker);
        assertThat(page("/api/actions/" + action + "/letters/en", reader)).contains("Letter " + marker);
        assertThat(page("/sections/localisations/for-action/" + action, reader)).contains("Localised " + marker);
        assertThat(page("/sections/localisations/" + localisation, reader)).contains("Localised " + marker);
        assertThat(page("/sections/" + section, reader)).contains("Localised " + marker);
        assertThat(page("/reports/sections/" + section, reader)).contains("Action " + marker);
    }

    @Test
    void thePublicPagesOfTheIssuedUaStayPublicWithoutTheCaseFile() throws Exception {
        for (String path : List.of("/take-action/" + action + "/report", "/take-action/local/" + localisation)) {
            String html = mockMvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(html).doesNotContain("Case " + marker).doesNotContain("Hiddenland");
        }
        mockMvc.perform(post("/api/public/reports").with(fromSomewhere())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"EXT " + marker + "\",\"channel\":\"email\",\"count\":\"1\",\"takenOn\":\""
                                + java.time.LocalDate.now() + "\",\"email\":\"someone@example.org\"}"))
                // Found and checked (a hidden UA would be 404); the confirmation waits in the outbox.
                .andExpect(status().isAccepted());
    }

    private String page(String path, RequestPostProcessor who) throws Exception {
        return mockMvc.perform(get(path).with(who)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** A fresh address, so the public report throttle of other tests does not count against this one. */
    private static RequestPostProcessor fromSomewhere() {
        java.util.concurrent.ThreadLocalRandom r = java.util.concurrent.ThreadLocalRandom.current();
        String address = "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + r.nextInt(1, 255);
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private static RequestPostProcessor researcher(String username) {
        return user(username).roles("RESEARCHER");
    }

    private long id(String sql, Object... params) {
        return db.sql(sql).params(params).query(Long.class).single();
    }
}
