package org.tocsin.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tocsin.IntegrationTest;

/** The case page and its API on a case built here with plain SQL (the demo case may be there too). */
class CasePageTest extends IntegrationTest {

    private static final Locale RU = Locale.forLanguageTag("ru");

    @Autowired
    MockMvc mockMvc;
    @Autowired
    JdbcClient db;

    String title;
    long caseId;
    long anna;
    long boris;
    long early;
    long dated;
    long monthOnly;
    long yearOnly;

    @BeforeEach
    void buildACase() {
        title = "Page test " + UUID.randomUUID();
        caseId = insert("insert into case_file (title, country) values (?, 'Testland') returning id", title);
        anna = insert("insert into person (gender) values ('f') returning id");
        db.sql("insert into person_name (person_id, name, script, position) values (?, 'Anna Testova', 'latin', 0), (?, 'Анна Тестова', 'cyrillic', 1)")
                .params(anna, anna).update();
        boris = insert("insert into person (gender) values ('m') returning id");
        db.sql("insert into person_name (person_id, name, script, position) values (?, ?, 'latin', 0)")
                .params(boris, "Boris Zzz " + caseId).update();
        db.sql("insert into case_person (case_id, person_id) values (?, ?)").params(caseId, anna).update();

        // Inserted out of order on purpose: the page must sort them.
        monthOnly = incident("Month-only break-in", "2016-03-01", "month", null, "raid");
        yearOnly = incident("Year-only threat", "2015-01-01", "year", null, "threat");
        dated = incident("Dated minibus attack", "2016-03-09", "day", "19:00", "physical_attack");
        early = incident("Early complaint", "2014-12-09", "day", null, "complaint");

        db.sql("""
                insert into incident_party (incident_id, role, group_label, group_size, group_size_approximate, position)
                values (?, 'perpetrator', 'masked men', 20, true, 0)""").param(dated).update();
        db.sql("insert into incident_party (incident_id, role, person_id, position) values (?, 'victim', ?, 1)")
                .params(dated, anna).update();

        long amnesty = insert("insert into source (publisher, title) values ('Test publisher A', 'A') returning id");
        long observatory = insert("insert into source (publisher, title) values ('Test publisher B', 'B') returning id");
        fact(insert("insert into account (incident_id, source_id) values (?, ?) returning id", dated, amnesty), "number of cars", "4");
        fact(insert("insert into account (incident_id, source_id) values (?, ?) returning id", dated, observatory), "number of cars", "3");
        fact(insert("insert into account (incident_id, source_id) values (?, ?) returning id", early, amnesty), "date", "2014-12-09");

        investigation(dated, "opened", 2);
        investigation(dated, "charged", 1);
        investigation(early, "complaint_filed", 0);
        investigation(monthOnly, "refused_to_open", 0);
    }

    private long insert(String sql, Object... params) {
        return db.sql(sql).params(params).query(Long.class).single();
    }

    private long incident(String name, String on, String precision, String time, String type) {
        return insert("""
                        insert into incident (case_id, title, occurred_on, date_precision, occurred_time, time_zone, place, type)
                        values (?, ?, ?::date, ?, ?::time, case when ?::text is null then null else 'Europe/Moscow' end, 'Testville', ?)
                        returning id""",
                caseId, name, on, precision, time, time, type);
    }

    private void fact(long account, String key, String value) {
        db.sql("insert into account_fact (account_id, fact_key, value) values (?, ?, ?)").params(account, key, value).update();
    }

    private void investigation(long incident, String status, int charged) {
        db.sql("insert into investigation (incident_id, authority_name, status, persons_charged) values (?, 'Test authority', ?, ?)")
                .params(incident, status, charged).update();
    }

    private MockHttpServletRequestBuilder page(MockHttpServletRequestBuilder request) {
        return request.with(user(ADMIN).roles("ADMINISTRATOR"));
    }

    private String html(Locale locale) throws Exception {
        return mockMvc.perform(page(get("/cases/" + caseId)).locale(locale))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void timelineIsInDateOrderWithMonthAndYearDatesAfterTheDatedEventsOfTheirPeriod() throws Exception {
        String html = html(Locale.ENGLISH);
        assertThat(html).containsSubsequence("Early complaint", "Year-only threat", "Dated minibus attack", "Month-only break-in");
        assertThat(html).contains("9 December 2014", "9 March 2016", "March 2016", ">2015<", "19:00 (Europe/Moscow)")
                .contains("physical attack", "raid or search")
                .contains("href=\"/incidents/" + dated + "\"")
                .contains("href=\"/cases/" + caseId + "/incidents/new\"", "Add an incident")
                .contains("about 20 masked men")
                .contains("href=\"/persons/" + anna + "\"", "Anna Testova", "also written: Анна Тестова");
    }

    @Test
    void disagreementIsMarkedWithABadgeAndText() throws Exception {
        String html = html(Locale.ENGLISH);
        String datedEntry = html.substring(html.indexOf("id=\"incident-" + dated + "\""),
                html.indexOf("id=\"incident-" + monthOnly + "\""));
        assertThat(datedEntry).contains("badge disagreement", "Sources disagree", "The sources disagree on: number of cars", "Sources: 2");
        String earlyEntry = html.substring(html.indexOf("id=\"incident-" + early + "\""), html.indexOf("id=\"incident-" + yearOnly + "\""));
        assertThat(earlyEntry).doesNotContain("Sources disagree").contains("Sources: 1");
    }

    @Test
    void speaksRussian() throws Exception {
        String html = html(RU);
        assertThat(html).contains("Хронология", "Люди под угрозой: 1", "Источники расходятся", "около 20 masked men",
                "9 марта 2016", "нападение", "Добавить инцидент", "Расследования", "дело возбуждено", "Обвиняемые");
        assertThat(html.toLowerCase(RU)).contains("март 2016");
    }

    @Test
    void summaryCountsInvestigationsByStage() throws Exception {
        mockMvc.perform(get("/api/cases/" + caseId + "/overview").with(httpBasic(ADMIN, ADMIN_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.caseFile.title").value(title))
                .andExpect(jsonPath("$.summary.incidents").value(4))
                .andExpect(jsonPath("$.summary.investigationsOpened").value(2))
                .andExpect(jsonPath("$.summary.investigationsNotOpened").value(2))
                .andExpect(jsonPath("$.summary.personsCharged").value(3))
                .andExpect(jsonPath("$.summary.incidentsWithoutInvestigation").value(1))
                .andExpect(jsonPath("$.timeline[*].id").value(contains((int) early, (int) yearOnly, (int) dated, (int) monthOnly)))
                .andExpect(jsonPath("$.timeline[2].disagreements").value(contains("number of cars")))
                .andExpect(jsonPath("$.timeline[2].parties[0].parties[0].groupSize").value(20))
                .andExpect(jsonPath("$.personsAtRisk[0].otherNames").value(contains("Анна Тестова")))
                .andExpect(jsonPath("$.investigations.length()").value(4));
        String html = html(Locale.ENGLISH);
        assertThat(html).contains("Investigations opened", "People charged", "refused to open", "complaint filed");
    }

    @Test
    void casesListShowsPersonsAtRiskIncidentsAndTheLatestIncident() throws Exception {
        mockMvc.perform(get("/api/cases").param("q", title).with(httpBasic(ADMIN, ADMIN_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].personsAtRisk").value(1))
                .andExpect(jsonPath("$.items[0].incidents").value(4))
                .andExpect(jsonPath("$.items[0].lastIncidentOn").value("2016-03-01"))
                .andExpect(jsonPath("$.items[0].lastIncidentPrecision").value("month"));
        mockMvc.perform(page(get("/cases").param("q", title)).locale(Locale.ENGLISH))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Persons at risk")))
                .andExpect(content().string(containsString("March 2016")));
        mockMvc.perform(page(get("/cases").param("q", title)).locale(RU))
                .andExpect(content().string(containsString("Последний инцидент")));
    }

    @Test
    void addingAndRemovingAPersonAtRisk() throws Exception {
        assertThat(html(Locale.ENGLISH)).contains("Boris Zzz " + caseId);
        mockMvc.perform(page(post("/cases/" + caseId + "/persons-at-risk")).param("personId", String.valueOf(boris)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/cases/" + caseId + "#persons-at-risk"));
        assertThat(atRisk(boris)).isTrue();
        assertThat(html(Locale.ENGLISH)).contains("Persons at risk: 2", "href=\"/persons/" + boris + "\"");

        mockMvc.perform(page(post("/cases/" + caseId + "/persons-at-risk/" + boris + "/remove")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(atRisk(boris)).isFalse();
        assertThat(html(Locale.ENGLISH)).contains("Persons at risk: 1");
    }

    @Test
    void addingWithoutAPersonSaysSoAndWritesNothing() throws Exception {
        mockMvc.perform(page(post("/cases/" + caseId + "/persons-at-risk")).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("This field is required.")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")));
        mockMvc.perform(page(post("/cases/" + caseId + "/persons-at-risk")).param("personId", "999999999").with(csrf())
                        .locale(RU))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Такого человека нет")));
        assertThat(db.sql("select count(*) from case_person where case_id = ?").param(caseId).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void apiAddsAndRemovesAPersonAtRisk() throws Exception {
        mockMvc.perform(post("/api/cases/" + caseId + "/persons-at-risk").with(httpBasic(ADMIN, ADMIN_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"personId\": " + boris + "}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/cases/" + caseId + "/persons-at-risk/" + boris))
                .andExpect(jsonPath("$[*].id").value(hasItem((int) boris)));
        mockMvc.perform(post("/api/cases/" + caseId + "/persons-at-risk").with(httpBasic(ADMIN, ADMIN_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"personId\": 999999999}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("personId"));
        mockMvc.perform(delete("/api/cases/" + caseId + "/persons-at-risk/" + boris).with(httpBasic(ADMIN, ADMIN_PASSWORD)))
                .andExpect(status().isNoContent());
        mockMvc.perform(delete("/api/cases/" + caseId + "/persons-at-risk/" + boris).with(httpBasic(ADMIN, ADMIN_PASSWORD)))
                .andExpect(status().isNotFound());
        assertThat(atRisk(boris)).isFalse();
    }

    private boolean atRisk(long person) {
        return db.sql("select exists (select 1 from case_person where case_id = ? and person_id = ? and at_risk)")
                .params(caseId, person).query(Boolean.class).single();
    }

    @Test
    void emptyCaseSaysWhatToDoNext() throws Exception {
        long empty = insert("insert into case_file (title) values (?) returning id", "Empty " + UUID.randomUUID());
        mockMvc.perform(page(get("/cases/" + empty)).locale(Locale.ENGLISH))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No incidents recorded yet")))
                .andExpect(content().string(containsString("Nobody is marked as at risk")))
                .andExpect(content().string(containsString("No investigation is recorded")));
        mockMvc.perform(page(get("/cases/" + empty)).locale(RU))
                .andExpect(content().string(containsString("Инцидентов пока нет")));
    }

    @Test
    void unknownCaseIsNotFoundAsAPageAndAsProblemDetails() throws Exception {
        mockMvc.perform(page(get("/cases/987654321")).locale(Locale.ENGLISH))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("There is no case with id")));
        mockMvc.perform(get("/api/cases/987654321/overview").with(httpBasic(ADMIN, ADMIN_PASSWORD)).locale(RU))
                .andExpect(status().isNotFound())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                .andExpect(jsonPath("$.status").value(404));
        mockMvc.perform(page(post("/cases/987654321/persons-at-risk")).param("personId", String.valueOf(boris)).with(csrf()))
                .andExpect(status().isNotFound());
    }
}
