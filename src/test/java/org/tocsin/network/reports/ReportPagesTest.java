package org.tocsin.network.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
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
import org.tocsin.security.UserAccounts;

/** Staff pages: the dashboard of a UA chain, its goal, a section's totals, the case page's totals, a coordinator's aggregate. */
class ReportPagesTest extends IntegrationTest {

    static final RequestPostProcessor ADMINISTRATOR = user(ADMIN).roles("ADMINISTRATOR");

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
    long section;

    @BeforeEach
    void fixtures() {
        f = new ReportFixtures(db);
        ua = f.issued(LocalDate.now().minusDays(10));
        section = f.section("Section <b>bold</b>", "DEU");
    }

    void report(long id, String channel, int count, LocalDate day, Long sectionId) {
        reports.recordStaff(reports.open(id), new Submission(channel, List.of(), String.valueOf(count), day.toString(),
                sectionId, null), Origin.API, "test");
    }

    String body(MockHttpServletRequestBuilder request, int status) throws Exception {
        return mvc.perform(request).andExpect(status().is(status)).andReturn().getResponse().getContentAsString()
                .replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    @Test
    void theDashboardShowsTotalsByChannelSectionCountryAndDayInEnglishAndRussian() throws Exception {
        long followUp = f.followUp(ua, 1, "update", "issued");
        report(ua, "letter", 1200, LocalDate.now().minusDays(3), section);
        report(followUp, "email", 34, LocalDate.now(), null);
        String en = body(get("/reports/actions/" + followUp).with(ADMINISTRATOR), 200);
        assertThat(en).contains("Actions taken", "1,234", "3,500", "35 %", "No goal set yet", "Letter", "E-mail",
                "No section", "Section &lt;b&gt;bold&lt;/b&gt;", "DEU", "<svg", "<title id=\"chart-title\">",
                "id=\"by-day-table\"", "<rect")
                .doesNotContain("style=", "<b>bold</b>");
        // Four days from the first report to the last, each a bar and a table row.
        assertThat(en.split("<rect", -1)).hasSize(5);
        String ru = body(get("/reports/actions/" + ua).with(ADMINISTRATOR).locale(Locale.forLanguageTag("ru")), 200);
        assertThat(ru).contains("Сделанные действия", "1 234", "По способу", "Без секции", "Письмо", "Действия по дням");
        mvc.perform(get("/reports/actions/999999999").with(ADMINISTRATOR)).andExpect(status().isNotFound());
    }

    @Test
    void theGoalIsValidatedAndAStaleVersionIsRefused() throws Exception {
        assertThat(body(post("/reports/actions/" + ua + "/goal").with(ADMINISTRATOR).with(csrf()).param("goal", "-5"), 400))
                .contains("Enter a goal between 1 and 10,000,000.", "aria-invalid=\"true\"", "value=\"-5\"");
        mvc.perform(post("/reports/actions/" + ua + "/goal").with(ADMINISTRATOR).with(csrf()).param("goal", "5000"))
                .andExpect(redirectedUrl("/reports/actions/" + ua));
        assertThat(body(get("/reports/actions/" + ua).with(ADMINISTRATOR), 200)).contains("5,000", "name=\"version\" value=\"0\"");
        mvc.perform(post("/reports/actions/" + ua + "/goal").with(ADMINISTRATOR).with(csrf()).param("goal", "4000").param("version", "0"))
                .andExpect(status().is3xxRedirection());
        assertThat(body(post("/reports/actions/" + ua + "/goal").with(ADMINISTRATOR).with(csrf()).param("goal", "4500").param("version", "0"), 409))
                .contains("changed by someone else", "value=\"4500\"");
        assertThat(reports.goal(ua).goal()).isEqualTo(4000);
    }

    @Test
    void theSectionPageAndTheCasePageShowTheirTotals() throws Exception {
        long second = f.issued();
        report(ua, "letter", 120, LocalDate.now(), section);
        report(second, "phone", 30, LocalDate.now(), null);
        assertThat(body(get("/reports/sections/" + section).with(ADMINISTRATOR), 200))
                .contains("Actions reported by Section &lt;b&gt;bold&lt;/b&gt;", f.code(ua), "120")
                .doesNotContain(f.code(second));
        String fragment = body(get("/reports/for-case/" + f.caseId).with(ADMINISTRATOR), 200);
        assertThat(fragment).contains(f.code(ua), f.code(second), "id=\"case-report-total\">150<").doesNotContain("<html");
        assertThat(body(get("/cases/" + f.caseId).with(ADMINISTRATOR), 200)).contains("hx-get=\"/reports/for-case/" + f.caseId + "\"");
        assertThat(body(get("/actions/" + ua).with(ADMINISTRATOR), 200)).contains("href=\"/reports/actions/" + ua + "\"");
        assertThat(body(get("/reports/for-case/" + f.caseId).with(ADMINISTRATOR).locale(Locale.forLanguageTag("ru")), 200))
                .contains("Все срочные акции дела");
    }

    @Test
    void aCoordinatorReportsAnAggregateOnlyForTheirOwnSection() throws Exception {
        long other = f.section("Other section", "ITA");
        String name = "coord-" + UUID.randomUUID().toString().substring(0, 8);
        UserAccounts.Account coordinator = accounts.create(name, "Coordinator", name + "@example.org",
                UserAccounts.Role.COORDINATOR, "coordinator-password-1");
        db.sql("insert into section_coordinator (section_id, user_id) values (?, ?)").params(section, coordinator.id()).update();
        RequestPostProcessor asCoordinator = user(name).roles("COORDINATOR");

        String form = body(get("/reports/new").param("actionId", String.valueOf(ua)).with(asCoordinator), 200);
        assertThat(form).contains("Report actions for a section", "Section &lt;b&gt;bold&lt;/b&gt;", f.code(ua))
                .doesNotContain("Other section");
        assertThat(body(get("/reports/new").with(asCoordinator).locale(Locale.forLanguageTag("ru")), 200))
                .contains("Сообщить о действиях секции", "Код срочной акции");

        mvc.perform(post("/reports/new").with(asCoordinator).with(csrf()).param("sectionId", String.valueOf(other))
                        .param("code", f.code(ua)).param("channel", "letter").param("count", "120")
                        .param("takenOn", LocalDate.now().toString()))
                .andExpect(status().isForbidden());
        assertThat(body(post("/reports/new").with(asCoordinator).with(csrf()).param("sectionId", String.valueOf(section))
                .param("code", "nothing " + f.tag).param("channel", "letter").param("count", "120")
                .param("takenOn", LocalDate.now().toString()), 404)).contains("There is no urgent action with the code");
        assertThat(body(post("/reports/new").with(asCoordinator).with(csrf()).param("sectionId", String.valueOf(section))
                .param("code", f.code(ua)).param("channel", "").param("count", "200000")
                .param("takenOn", "").param("note", "x".repeat(1001)), 400))
                .contains("This field is required.", "At most 100,000 in one report.", "At most 1,000 characters.");
        assertThat(f.reports(ua)).isZero();

        mvc.perform(post("/reports/new").with(asCoordinator).with(csrf()).param("sectionId", String.valueOf(section))
                        .param("code", f.code(ua)).param("channel", "letter").param("count", "120")
                        .param("takenOn", LocalDate.now().toString()).param("note", "At our stall"))
                .andExpect(redirectedUrl("/reports/sections/" + section));
        assertThat(f.count("select count(*) from action_report where action_id = ? and origin = 'coordinator' and section_id = ? and note = 'At our stall' and reported_by = ?",
                ua, section, name)).isEqualTo(1);
        assertThat(reports.chainTotal(ua)).isEqualTo(120);

        // Someone who coordinates no section has no such page; an administrator may report for any.
        mvc.perform(get("/reports/new").with(user("researcher-" + f.tag).roles("RESEARCHER"))).andExpect(status().isForbidden());
        assertThat(body(get("/reports/new").with(ADMINISTRATOR), 200)).contains("Other section");
    }
}
