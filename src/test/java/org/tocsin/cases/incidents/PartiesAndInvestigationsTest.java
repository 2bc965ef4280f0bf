package org.tocsin.cases.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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

/** Parties of an incident and the investigations with their updates, through pages and API. */
class PartiesAndInvestigationsTest extends IntegrationTest {

    private static final Locale RU = Locale.forLanguageTag("ru");

    @Autowired MockMvc mvc;
    @Autowired CaseFiles cases;
    @Autowired Incidents incidents;
    @Autowired Investigations investigations;
    @Autowired Sources sources;
    @Autowired Accounts accounts;
    @Autowired JdbcClient db;

    private Incident incident;
    private long personId;
    private long organisationId;

    @BeforeEach
    void incidentWithPeople() {
        long caseId = cases.create(new CaseForm("Parties test case", "", "", "open", null)).id();
        incident = incidents.create(new IncidentForm(caseId, "Press conference attacked", "2015-06-03", "", "",
                "Grozny", "", "", "physical_attack", "", null));
        personId = db.sql("insert into person (gender) values ('m') returning id").query(Long.class).single();
        db.sql("insert into person_name (person_id, name, script, position) values (?, 'Igor Kalyapin', 'latin', 0)")
                .param(personId).update();
        organisationId = db.sql("insert into organisation (name, kind) values ('Investigative Committee', 'authority') returning id")
                .query(Long.class).single();
    }

    private static MockHttpServletRequestBuilder page(MockHttpServletRequestBuilder request) {
        return request.with(user(ADMIN).roles("ADMINISTRATOR"));
    }

    private static MockHttpServletRequestBuilder api(MockHttpServletRequestBuilder request, String json) {
        return request.with(httpBasic(ADMIN, ADMIN_PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON).content(json);
    }

    private int partyCount() {
        return incidents.parties(incident.id()).size();
    }

    @Test
    void aPartyIsAPersonAnOrganisationOrAGroupAndOnlyOne() throws Exception {
        mvc.perform(page(post("/incidents/{id}/parties", incident.id())).with(csrf())
                        .param("role", "victim").param("kind", "person").param("personId", String.valueOf(personId)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(page(post("/incidents/{id}/parties", incident.id())).with(csrf())
                        .param("role", "perpetrator").param("kind", "group").param("groupLabel", "masked men")
                        .param("groupSize", "20").param("groupSizeApproximate", "true"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(api(post("/api/incidents/{id}/parties", incident.id()),
                        "{\"role\": \"responsible_authority\", \"organisationId\": " + organisationId + "}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.name").value("Investigative Committee"));

        mvc.perform(page(get("/incidents/{id}", incident.id())))
                .andExpect(content().string(containsString("Igor Kalyapin")))
                .andExpect(content().string(containsString("masked men")))
                .andExpect(content().string(containsString("about 20")))
                .andExpect(content().string(containsString("Responsible authority")));
        mvc.perform(page(get("/incidents/{id}", incident.id())).locale(RU))
                .andExpect(content().string(containsString("около 20")))
                .andExpect(content().string(containsString("Нападавший")));
        assertThat(partyCount()).isEqualTo(3);

        mvc.perform(api(post("/api/incidents/{id}/parties", incident.id()),
                        "{\"role\": \"victim\", \"personId\": " + personId + ", \"groupLabel\": \"masked men\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("kind"))
                .andExpect(jsonPath("$.errors[0].message").value("Give exactly one of: a person, an organisation or a group label."));
        mvc.perform(api(post("/api/incidents/{id}/parties", incident.id()), "{\"role\": \"victim\"}").locale(RU))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("Укажите ровно одно: человека, организацию или название группы."));
        mvc.perform(api(post("/api/incidents/{id}/parties", incident.id()), "{\"role\": \"victim\", \"personId\": 987654321}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("personId"));
        mvc.perform(api(post("/api/incidents/{id}/parties", incident.id()), "{\"role\": \"bystander\", \"groupLabel\": \"x\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("role"));
        mvc.perform(page(post("/incidents/{id}/parties", incident.id())).with(csrf()).locale(RU)
                        .param("role", "perpetrator").param("kind", "group").param("groupLabel", " ")
                        .param("groupSize", "20"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Это поле обязательно.")));
        mvc.perform(page(post("/incidents/{id}/parties", incident.id())).with(csrf())
                        .param("role", "perpetrator").param("kind", "group").param("groupLabel", "men")
                        .param("groupSize", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter a number greater than zero.")));
        assertThat(partyCount()).isEqualTo(3);

        long groupId = incidents.parties(incident.id()).get(1).id();
        mvc.perform(page(post("/incidents/{id}/parties/{p}/remove", incident.id(), groupId)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(api(delete("/api/incidents/{id}/parties/{p}", incident.id(), groupId), ""))
                .andExpect(status().isNotFound());
        assertThat(partyCount()).isEqualTo(2);
    }

    @Test
    void theLatestUpdateByDateSetsTheInvestigationsStatus() throws Exception {
        mvc.perform(page(post("/incidents/{id}/investigations", incident.id())).with(csrf())
                        .param("authorityName", "Investigative Committee, Chechnya").param("openedOn", "2015-06-05")
                        .param("status", "opened").param("personsCharged", "0"))
                .andExpect(status().is3xxRedirection());
        Investigation investigation = investigations.forIncident(incident.id()).getFirst();
        assertThat(investigation.status()).isEqualTo("opened");

        mvc.perform(page(post("/investigations/{id}/updates", investigation.id())).with(csrf())
                        .param("onDate", "2015-12-01").param("status", "suspended").param("note", "No suspects found."))
                .andExpect(status().is3xxRedirection());
        assertThat(investigations.get(investigation.id()).status()).isEqualTo("suspended");

        mvc.perform(api(post("/api/investigations/{id}/updates", investigation.id()),
                        "{\"onDate\": \"2015-07-01\", \"status\": \"complaint_filed\"}"))
                .andExpect(status().isCreated());
        assertThat(investigations.get(investigation.id()).status())
                .as("an update about the past leaves the current status").isEqualTo("suspended");

        mvc.perform(api(get("/api/investigations/{id}", investigation.id()), ""))
                .andExpect(jsonPath("$.investigation.status").value("suspended"))
                .andExpect(jsonPath("$.updates", hasSize(2)))
                .andExpect(jsonPath("$.updates[0].onDate").value("2015-07-01"))
                .andExpect(jsonPath("$.updates[1].onDate").value("2015-12-01"));
        mvc.perform(page(get("/investigations/{id}", investigation.id())).locale(RU))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Приостановлено")))
                .andExpect(content().string(containsString("1 декабря 2015")));
        mvc.perform(page(get("/incidents/{id}", incident.id())))
                .andExpect(content().string(containsString("Suspended")));

        mvc.perform(page(post("/investigations/{id}/updates", investigation.id())).with(csrf())
                        .param("onDate", "1 Dec 2015").param("status", "charged"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter a date as YYYY-MM-DD.")));
        mvc.perform(api(post("/api/investigations/{id}/updates", investigation.id()),
                        "{\"onDate\": \"2016-01-01\", \"status\": \"charged\", \"sourceId\": 987654321}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("sourceId"));
        assertThat(investigations.updates(investigation.id())).hasSize(2);
        assertThat(investigations.get(investigation.id()).status()).isEqualTo("suspended");
    }

    @Test
    void investigationsNeedAnAuthorityAndRefuseStaleVersions() throws Exception {
        mvc.perform(api(post("/api/investigations"),
                        "{\"incidentId\": " + incident.id() + ", \"status\": \"opened\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("authorityName"));
        mvc.perform(api(post("/api/investigations"),
                        "{\"incidentId\": 987654321, \"authorityName\": \"x\", \"status\": \"opened\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("incidentId"));
        mvc.perform(api(post("/api/investigations"),
                        "{\"incidentId\": " + incident.id() + ", \"authorityId\": 987654321, \"status\": \"opened\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("authorityId"));
        mvc.perform(api(post("/api/investigations"),
                        "{\"incidentId\": " + incident.id() + ", \"authorityName\": \"x\", \"status\": \"forgotten\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
        mvc.perform(api(post("/api/investigations"),
                        "{\"incidentId\": " + incident.id() + ", \"authorityId\": " + organisationId
                                + ", \"status\": \"refused_to_open\", \"reference\": \"No. 1\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.authority").value("Investigative Committee"));
        Investigation investigation = investigations.forIncident(incident.id()).getFirst();

        String edit = "{\"authorityId\": " + organisationId + ", \"status\": \"opened\", \"notes\": \"%s\", \"version\": "
                + investigation.version() + "}";
        mvc.perform(api(put("/api/investigations/{id}", investigation.id()), edit.formatted("first")))
                .andExpect(status().isOk());
        mvc.perform(api(put("/api/investigations/{id}", investigation.id()), edit.formatted("second")))
                .andExpect(status().isConflict());
        mvc.perform(page(post("/investigations/{id}", investigation.id())).with(csrf())
                        .param("authorityId", String.valueOf(organisationId)).param("status", "opened")
                        .param("notes", "from the page").param("version", String.valueOf(investigation.version())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("was changed by someone else")))
                .andExpect(content().string(containsString("from the page")));
        assertThat(investigations.get(investigation.id()).notes()).isEqualTo("first");

        mvc.perform(api(get("/api/investigations/987654321"), "")).andExpect(status().isNotFound());
        mvc.perform(api(post("/api/investigations/987654321/updates"), "{\"onDate\": \"2016-01-01\", \"status\": \"opened\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(page(get("/investigations/987654321"))).andExpect(status().isNotFound());
        mvc.perform(page(get("/incidents/987654321/investigations/new"))).andExpect(status().isNotFound());
    }

    @Test
    void everyPageOfTheAreaRendersInBothLanguages() throws Exception {
        Source source = sources.create(new SourceForm("Amnesty International", "2014-12-16", "Offices burned",
                "", "urgent_action", "UA 315/14", null));
        Account account = accounts.create(incident.id(), new AccountForm(source.id(), "Stones thrown.",
                List.of(new Fact("Number of attackers", "about 20")), null));
        Investigation investigation = investigations.create(incident.id(), new InvestigationForm(null, null,
                "Prosecutor", "", "", "no_complaint", 0, "", null));
        for (String path : List.of("/cases/" + incident.caseId() + "/incidents/new", "/incidents/" + incident.id(),
                "/incidents/" + incident.id() + "/edit", "/accounts/" + account.id() + "/edit", "/sources",
                "/sources/new", "/sources/" + source.id(), "/sources/" + source.id() + "/edit",
                "/incidents/" + incident.id() + "/investigations/new", "/investigations/" + investigation.id(),
                "/investigations/" + investigation.id() + "/edit")) {
            mvc.perform(page(get(path))).andExpect(status().isOk());
            mvc.perform(page(get(path)).locale(RU)).andExpect(status().isOk())
                    .andExpect(content().string(org.hamcrest.Matchers.not(containsString("??"))));
        }
        mvc.perform(page(get("/sources/{id}", source.id())))
                .andExpect(content().string(containsString("Press conference attacked")));
        mvc.perform(page(get("/accounts/{id}/edit", account.id())))
                .andExpect(content().string(containsString("Number of attackers")))
                .andExpect(content().string(containsString("<datalist")));
    }
}
