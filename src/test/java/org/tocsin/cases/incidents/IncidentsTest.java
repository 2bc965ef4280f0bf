package org.tocsin.cases.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tocsin.IntegrationTest;
import org.tocsin.cases.CaseFiles;
import org.tocsin.cases.CaseForm;

/** Incidents, parties and accounts through the pages and the API, on the real database. */
class IncidentsTest extends IntegrationTest {

    private static final Locale RU = Locale.forLanguageTag("ru");

    @Autowired MockMvc mvc;
    @Autowired CaseFiles cases;
    @Autowired Incidents incidents;
    @Autowired Sources sources;
    @Autowired Accounts accounts;
    @Autowired JdbcClient db;

    private long caseId;

    @BeforeEach
    void newCase() {
        caseId = cases.create(new CaseForm("Incidents test case", "", "Russian Federation", "open", null)).id();
    }

    private Incident incident(String title) {
        return incidents.create(new IncidentForm(caseId, title, "2014-12-13", "", "", "Grozny", "Chechnya",
                "Russian Federation", "arson", "", null));
    }

    private Source source(String publisher, String reference) {
        return sources.create(new SourceForm(publisher, "2014-12-16", "Offices burned", "https://example.org/ua",
                "urgent_action", reference, null));
    }

    private static MockHttpServletRequestBuilder page(MockHttpServletRequestBuilder request) {
        return request.with(user(ADMIN).roles("ADMINISTRATOR"));
    }

    private static MockHttpServletRequestBuilder api(MockHttpServletRequestBuilder request, String json) {
        return request.with(httpBasic(ADMIN, ADMIN_PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON).content(json);
    }

    private long incidentsOfCase() {
        return db.sql("select count(*) from incident where case_id = ?").param(caseId).query(Long.class).single();
    }

    @Test
    void twoSourcesThatStateAFactDifferentlyAreShownAsADisagreement() throws Exception {
        Incident incident = incident("Minibus attacked");
        Source amnesty = source("Amnesty International", "UA 315/14");
        Source observatory = source("Observatory", "RUS 004 / 1214 / OBS 093");
        accounts.create(incident.id(), new AccountForm(amnesty.id(), "Cars blocked the road.",
                List.of(new Fact("Number of cars", "4"), new Fact("Town", "Grozny")), null));
        accounts.create(incident.id(), new AccountForm(observatory.id(), "Several cars.",
                List.of(new Fact("Number of cars", "3"), new Fact("Town", " grozny ")), null));

        assertThat(accounts.disagreements(incident.id())).extracting(Disagreement::factKey).containsExactly("Number of cars");
        mvc.perform(page(get("/incidents/{id}", incident.id())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2 sources · 1 disagreement")))
                .andExpect(content().string(containsString("Sources disagree")))
                .andExpect(content().string(containsString("UA 315/14")))
                .andExpect(content().string(containsString("RUS 004 / 1214 / OBS 093")));
        mvc.perform(page(get("/incidents/{id}", incident.id())).locale(RU))
                .andExpect(content().string(containsString("2 источника · 1 расхождение")))
                .andExpect(content().string(containsString("Источники расходятся")));
        mvc.perform(api(get("/api/incidents/{id}", incident.id()), ""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.accounts", hasSize(2)))
                .andExpect(jsonPath("$.accounts[0].facts", hasSize(2)))
                .andExpect(jsonPath("$.disagreements", hasSize(1)))
                .andExpect(jsonPath("$.disagreements[0].factKey").value("Number of cars"))
                .andExpect(jsonPath("$.disagreements[0].sources").value(2));
    }

    @Test
    void sameKeySameValueIsNoDisagreement() throws Exception {
        Incident incident = incident("Office burned");
        Source one = source("Human Rights Watch", "HRW-1");
        Source two = source("Broadcaster", "TV-1");
        accounts.create(incident.id(), new AccountForm(one.id(), "", List.of(new Fact("Number of cars", "4")), null));
        accounts.create(incident.id(), new AccountForm(two.id(), "", List.of(new Fact("Number of cars", "4")), null));

        mvc.perform(page(get("/incidents/{id}", incident.id())))
                .andExpect(content().string(containsString("2 sources · 0 disagreements")))
                .andExpect(content().string(not(containsString("Sources disagree"))));
        mvc.perform(api(get("/api/incidents/{id}/disagreements", incident.id()), ""))
                .andExpect(jsonPath("$.items", hasSize(0)));
    }

    @Test
    void anAccountIsAddedOnTheIncidentPageAndASecondOneFromTheSameSourceIsRefused() throws Exception {
        Incident incident = incident("Apartment raided");
        Source source = source("Amnesty International", "EUR 46/3648/2016");
        mvc.perform(page(post("/incidents/{id}/accounts", incident.id())).with(csrf())
                        .param("sourceId", String.valueOf(source.id())).param("summary", "Laptops taken.")
                        .param("facts[0].key", "Laptops taken").param("facts[0].value", "2")
                        .param("facts[1].key", "").param("facts[1].value", ""))
                .andExpect(status().is3xxRedirection());
        assertThat(accounts.forIncident(incident.id())).singleElement()
                .satisfies(a -> assertThat(a.facts()).containsExactly(new Fact("Laptops taken", "2")));

        mvc.perform(page(post("/incidents/{id}/accounts", incident.id())).with(csrf())
                        .param("sourceId", String.valueOf(source.id())).param("summary", "Again"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This source already has an account of this incident")));
        mvc.perform(api(post("/api/incidents/{id}/accounts", incident.id()),
                        "{\"sourceId\": " + source.id() + ", \"facts\": []}").locale(RU))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("sourceId"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("уже есть свидетельство")));
        assertThat(accounts.forIncident(incident.id())).hasSize(1);
    }

    @Test
    void factRowsNeedAKeyAndAValue() throws Exception {
        Incident incident = incident("Threats");
        Source source = source("Observatory", "OBS-2");
        mvc.perform(api(post("/api/incidents/{id}/accounts", incident.id()),
                        "{\"sourceId\": " + source.id() + ", \"facts\": [{\"key\": \"Number of cars\", \"value\": \"\"}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("facts"))
                .andExpect(jsonPath("$.errors[0].message").value("Row 1: give a value for \u201CNumber of cars\u201D."));
        assertThat(accounts.forIncident(incident.id())).isEmpty();
    }

    @Test
    void aDateIsKeptAtThePrecisionItWasGiven() throws Exception {
        mvc.perform(page(post("/cases/{id}/incidents", caseId)).with(csrf())
                        .param("title", "Smear on television").param("date", "2015-06").param("type", "smear"))
                .andExpect(status().is3xxRedirection());
        Incident created = incidents.forCase(caseId).getLast();
        assertThat(created.occurredOn()).isEqualTo(LocalDate.of(2015, 6, 1));
        assertThat(created.datePrecision()).isEqualTo("month");
        mvc.perform(page(get("/incidents/{id}", created.id())))
                .andExpect(content().string(containsString("June 2015")))
                .andExpect(content().string(containsString("Smear campaign")));
        mvc.perform(page(get("/incidents/{id}", created.id())).locale(RU))
                .andExpect(content().string(containsString("Кампания по дискредитации")));

        mvc.perform(api(post("/api/incidents"), """
                        {"caseId": %d, "title": "Pelted", "date": "2015", "type": "physical_attack"}""".formatted(caseId)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.occurredOn").value("2015-01-01"))
                .andExpect(jsonPath("$.datePrecision").value("year"));
        mvc.perform(api(post("/api/incidents"), """
                        {"caseId": %d, "title": "Beaten", "date": "2016-03-09", "time": "19:30", "timeZone": "Europe/Moscow",
                         "type": "physical_attack"}""".formatted(caseId)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.occurredTime").value(containsString("19:30")))
                .andExpect(jsonPath("$.timeZone").value("Europe/Moscow"));
    }

    @Test
    void eachBadFieldOfAnIncidentIsNamedInEnglishAndRussian() throws Exception {
        long before = incidentsOfCase();
        expectFieldError("date", "2015-13", "", "", "arson", "date", "Enter the date as YYYY-MM-DD, YYYY-MM or YYYY.",
                "Введите дату в формате ГГГГ-ММ-ДД, ГГГГ-ММ или ГГГГ.");
        expectFieldError("date", "9 March 2016", "", "", "arson", "date", "Enter the date as YYYY-MM-DD, YYYY-MM or YYYY.",
                "Введите дату в формате ГГГГ-ММ-ДД, ГГГГ-ММ или ГГГГ.");
        expectFieldError("time", "2015-06", "10:00", "", "arson", "time",
                "A time can only be given with a full date (YYYY-MM-DD).",
                "Время можно указать только при полной дате (ГГГГ-ММ-ДД).");
        expectFieldError("zone", "2015-06-03", "10:00", "Mars/Olympus", "arson", "timeZone",
                "Enter an IANA time zone such as Europe/Moscow.", "Введите часовой пояс IANA, например Europe/Moscow.");
        expectFieldError("zone without time", "2015-06-03", "", "Europe/Moscow", "arson", "timeZone",
                "A time zone can only be given with a time.", "Часовой пояс можно указать только вместе со временем.");
        expectFieldError("type", "2015-06-03", "", "", "flood", "type", "Choose one of the listed values.",
                "Выберите одно из значений списка.");
        assertThat(incidentsOfCase()).isEqualTo(before);
    }

    private void expectFieldError(String what, String date, String time, String zone, String type, String field,
                                  String english, String russian) throws Exception {
        String json = """
                {"caseId": %d, "title": "%s", "date": "%s", "time": "%s", "timeZone": "%s", "type": "%s"}"""
                .formatted(caseId, what, date, time, zone, type);
        mvc.perform(api(post("/api/incidents"), json))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.errors[0].message").value(english));
        mvc.perform(api(post("/api/incidents"), json).locale(RU))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(russian));
        mvc.perform(page(post("/cases/{id}/incidents", caseId)).with(csrf()).locale(RU)
                        .param("title", what).param("date", date).param("time", time).param("timeZone", zone)
                        .param("type", type))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(russian)))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")));
    }

    @Test
    void anUnknownCaseInTheBodyIsAFieldErrorAndUnknownIdsAreNotFound() throws Exception {
        mvc.perform(api(post("/api/incidents"), """
                        {"caseId": 987654321, "title": "x", "date": "2015", "type": "other"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("caseId"));
        mvc.perform(api(get("/api/incidents/987654321"), "")).andExpect(status().isNotFound());
        mvc.perform(api(get("/api/incidents/987654321/accounts"), "")).andExpect(status().isNotFound());
        mvc.perform(api(put("/api/incidents/987654321"), """
                        {"title": "x", "date": "2015", "type": "other", "version": 0}"""))
                .andExpect(status().isNotFound());
        mvc.perform(api(post("/api/incidents/987654321/parties"), """
                        {"role": "victim", "groupLabel": "masked men"}"""))
                .andExpect(status().isNotFound());
        mvc.perform(page(get("/incidents/987654321"))).andExpect(status().isNotFound());
        mvc.perform(page(get("/cases/987654321/incidents/new"))).andExpect(status().isNotFound());
        mvc.perform(page(get("/accounts/987654321/edit"))).andExpect(status().isNotFound());

        Incident incident = incident("Unknown source");
        mvc.perform(api(post("/api/incidents/{id}/accounts", incident.id()), "{\"sourceId\": 987654321}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("sourceId"));
    }

    @Test
    void aStaleVersionIsAConflictAndNothingIsOverwritten() throws Exception {
        Incident incident = incident("Office burned");
        String edit = """
                {"title": "%s", "date": "2014-12-13", "type": "arson", "version": %d}""";
        mvc.perform(api(put("/api/incidents/{id}", incident.id()), edit.formatted("First edit", incident.version())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(incident.version() + 1));
        mvc.perform(api(put("/api/incidents/{id}", incident.id()), edit.formatted("Second edit", incident.version())))
                .andExpect(status().isConflict());
        mvc.perform(page(post("/incidents/{id}", incident.id())).with(csrf())
                        .param("title", "Page edit").param("date", "2014-12-13").param("type", "arson")
                        .param("version", String.valueOf(incident.version())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("was changed by someone else")))
                .andExpect(content().string(containsString("Page edit")));
        assertThat(incidents.get(incident.id()).title()).isEqualTo("First edit");

        Source source = source("Amnesty International", "UA 1/15");
        String sourceEdit = """
                {"publisher": "Amnesty", "title": "t", "kind": "report", "version": %d}""";
        mvc.perform(api(put("/api/sources/{id}", source.id()), sourceEdit.formatted(source.version())))
                .andExpect(status().isOk());
        mvc.perform(api(put("/api/sources/{id}", source.id()), sourceEdit.formatted(source.version())))
                .andExpect(status().isConflict());

        Account account = accounts.create(incident.id(), new AccountForm(source.id(), "", List.of(), null));
        String accountEdit = """
                {"sourceId": %d, "summary": "s", "facts": [{"key": "Cars", "value": "4"}], "version": %d}""";
        mvc.perform(api(put("/api/incidents/{i}/accounts/{a}", incident.id(), account.id()),
                        accountEdit.formatted(source.id(), account.version())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.facts[0].value").value("4"));
        mvc.perform(api(put("/api/incidents/{i}/accounts/{a}", incident.id(), account.id()),
                        accountEdit.formatted(source.id(), account.version())))
                .andExpect(status().isConflict());
    }

    @Test
    void sourcesCheckTheirAddressAndAreSearchable() throws Exception {
        mvc.perform(api(post("/api/sources"), """
                        {"publisher": "Amnesty", "title": "t", "kind": "report", "url": "javascript:alert(1)"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("url"));
        mvc.perform(api(post("/api/sources"), """
                        {"publisher": "Amnesty", "title": "t", "kind": "leaflet"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("kind"));
        mvc.perform(api(post("/api/sources"), """
                        {"publisher": "Zebra Publisher", "title": "Findable title", "kind": "article",
                         "url": "https://example.org/a", "publishedOn": "2016-03-10"}"""))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/sources/")));
        mvc.perform(page(get("/sources").param("q", "zebra publ")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Findable title")));
        mvc.perform(page(get("/sources").param("q", "zebra publ")).locale(RU))
                .andExpect(content().string(containsString("Статья")));
        mvc.perform(page(post("/sources")).with(csrf()).param("publisher", "").param("title", "x").param("kind", "report")
                        .param("url", "ftp://example.org"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This field is required.")));
        mvc.perform(api(get("/api/sources/987654321"), "")).andExpect(status().isNotFound());
    }
}
