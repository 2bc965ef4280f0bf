package org.tocsin.network.reports;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tocsin.IntegrationTest;
import org.tocsin.security.UserAccounts;

/** The public report API (no account) and the staff one (HTTP Basic), with problem details. */
class ReportApiTest extends IntegrationTest {

    static final String PASSWORD = "coordinator-password-1";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient db;
    @Autowired
    ActionReports reports;
    @Autowired
    UserAccounts accounts;

    ReportFixtures f;
    long ua;

    @BeforeEach
    void fixtures() {
        f = new ReportFixtures(db);
        ua = f.issued();
    }

    String json(String code, String count, String extra) {
        return """
                {"code": "%s", "channel": "email", "targetIds": [%d], "count": %s, "takenOn": "%s"%s}"""
                .formatted(code, f.prosecutor, count, LocalDate.now(), extra);
    }

    MockHttpServletRequestBuilder publicReport(String body) {
        return post("/api/public/reports").contentType(MediaType.APPLICATION_JSON).content(body)
                .with(PublicReportPagesTest.fromSomewhere());
    }

    MockHttpServletRequestBuilder staffReport(String body) {
        return post("/api/reports").contentType(MediaType.APPLICATION_JSON).content(body)
                .with(httpBasic(ADMIN, ADMIN_PASSWORD));
    }

    @Test
    void withoutAMailServerThePublicApiReportWaitsForItsConfirmation() throws Exception {
        mvc.perform(publicReport(json(f.code(ua), "4", ", \"email\": \"member@example.org\"")))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.status").value("pending"));
        Assertions.assertThat(f.count("select count(*) from action_report where action_id = ? and status = 'pending'", ua)).isEqualTo(1);
        Assertions.assertThat(reports.chainTotal(ua)).isZero();
    }

    @Test
    void thePublicApiSaysWhatIsWrong() throws Exception {
        mvc.perform(publicReport(json("UA 0/00 " + f.tag, "4", ", \"email\": \"member@example.org\"")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("No urgent action with this code"))
                .andExpect(jsonPath("$.detail", containsString("UA 0/00 " + f.tag)));
        long closed = f.issued(LocalDate.of(2024, 1, 10));
        f.close(closed, LocalDate.of(2024, 3, 1));
        mvc.perform(publicReport(json(f.code(closed), "4", ", \"email\": \"member@example.org\"")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("This action is closed"))
                .andExpect(jsonPath("$.closedSince").value("2024-03-01"))
                .andExpect(jsonPath("$.detail", containsString("closed since March 1, 2024")));
        mvc.perform(publicReport(json(f.code(closed), "4", ", \"email\": \"member@example.org\""))
                        .locale(Locale.forLanguageTag("ru")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Эта акция закрыта"));
        mvc.perform(publicReport(json(f.code(ua), "9999", ", \"email\": \"nobody\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("count")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("email")))
                .andExpect(jsonPath("$.errors[*].message", hasItem("At most 500 in one report.")));
        Assertions.assertThat(f.reports(ua) + f.reports(closed)).isZero();
    }

    @Test
    void staffReportsCountAtOnce() throws Exception {
        long section = f.section("API section", "FRA");
        String location = mvc.perform(staffReport(json(f.code(ua), "250", ", \"sectionId\": " + section)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/reports/")))
                .andExpect(jsonPath("$.origin").value("api"))
                .andExpect(jsonPath("$.status").value("confirmed"))
                .andExpect(jsonPath("$.count").value(250))
                .andReturn().getResponse().getHeader("Location");
        mvc.perform(get(location).with(httpBasic(ADMIN, ADMIN_PASSWORD))).andExpect(status().isOk())
                .andExpect(jsonPath("$.sectionId").value(section));
        mvc.perform(get("/api/reports/actions/" + ua).with(httpBasic(ADMIN, ADMIN_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(250))
                .andExpect(jsonPath("$.byCountry[0].countryCode").value("FRA"));
        mvc.perform(staffReport(json("nothing " + f.tag, "1", ""))).andExpect(status().isNotFound());
        mvc.perform(staffReport(json(f.code(ua), "\"lots\"", ", \"takenOn\": \"soon\"".replace("\"takenOn\"", "\"note\""))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("count"));
        mvc.perform(staffReport("{\"channel\": \"fax\"}")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("code"));
        mvc.perform(post("/api/reports").contentType(MediaType.APPLICATION_JSON).content(json(f.code(ua), "1", "")))
                .andExpect(status().isUnauthorized());
        Assertions.assertThat(reports.chainTotal(ua)).isEqualTo(250);
    }

    @Test
    void aCoordinatorReportsThroughTheApiOnlyForTheirOwnSections() throws Exception {
        long own = f.section("Own section", "DEU");
        long other = f.section("Other section", "ITA");
        String name = "coord-" + UUID.randomUUID().toString().substring(0, 8);
        UserAccounts.Account coordinator = accounts.create(name, "Coordinator", name + "@example.org",
                UserAccounts.Role.COORDINATOR, PASSWORD);
        db.sql("insert into section_coordinator (section_id, user_id) values (?, ?)").params(own, coordinator.id()).update();
        mvc.perform(post("/api/reports").contentType(MediaType.APPLICATION_JSON).with(httpBasic(name, PASSWORD))
                        .content(json(f.code(ua), "120", ", \"sectionId\": " + other)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.title").value("Not your section"));
        mvc.perform(post("/api/reports").contentType(MediaType.APPLICATION_JSON).with(httpBasic(name, PASSWORD))
                        .content(json(f.code(ua), "120", ", \"sectionId\": " + own)))
                .andExpect(status().isCreated());
        Assertions.assertThat(reports.chainTotal(ua)).isEqualTo(120);
    }
}
