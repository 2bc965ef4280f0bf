package org.tocsin.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tocsin.IntegrationTest;

/**
 * A restricted case with uniquely named records: another researcher finds none of them anywhere
 * (lists, search, counts, selects, API, pages: 404), a named one sees all, and taking the name off
 * the list hides it again.
 */
class CaseAccessTest extends IntegrationTest {

    @Autowired
    MockMvc mockMvc;
    @Autowired
    JdbcClient db;

    String marker;
    String named;
    String other;
    long namedId;
    long otherId;
    long caseId;
    long openCaseId;
    long hiddenPerson;
    long sharedPerson;
    long incident;
    long openIncident;
    long source;
    long account;
    long investigation;
    long action;

    @BeforeEach
    void restrictedCase() {
        marker = "Qx" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        named = "named-" + marker;
        other = "other-" + marker;
        namedId = id("insert into app_user (username, display_name, role, password_hash) values (?, ?, 'RESEARCHER', '!') returning id",
                named, "Named " + marker);
        otherId = id("insert into app_user (username, display_name, role, password_hash) values (?, ?, 'RESEARCHER', '!') returning id",
                other, "Other " + marker);
        caseId = id("insert into case_file (title, country, restricted) values (?, 'Hiddenland', true) returning id",
                "Case " + marker);
        openCaseId = id("insert into case_file (title, country) values (?, 'Openland') returning id", "Open case " + marker);
        db.sql("insert into case_file_reader (case_id, user_id) values (?, ?)").params(caseId, namedId).update();
        hiddenPerson = person("Zorgul " + marker);
        sharedPerson = person("Sharedperson " + marker);
        db.sql("insert into case_person (case_id, person_id) values (?, ?), (?, ?), (?, ?)")
                .params(caseId, hiddenPerson, caseId, sharedPerson, openCaseId, sharedPerson).update();
        incident = id("insert into incident (case_id, title, occurred_on, type) values (?, ?, date '2015-06-03', 'raid') returning id",
                caseId, "Incident " + marker);
        openIncident = id("insert into incident (case_id, title, occurred_on, type) values (?, ?, date '2015-06-04', 'raid') returning id",
                openCaseId, "Open incident " + marker);
        db.sql("insert into incident_party (incident_id, role, person_id) values (?, 'victim', ?)").params(incident, hiddenPerson).update();
        source = id("insert into source (publisher, title) values ('Publisher', ?) returning id", "Source " + marker);
        account = id("insert into account (incident_id, source_id, summary) values (?, ?, 'told') returning id", incident, source);
        investigation = id("insert into investigation (incident_id, authority_name, status) values (?, ?, 'opened') returning id",
                incident, "Authority " + marker);
        action = id("""
                        insert into urgent_action (case_id, code_scheme, title, status, issued_on, summary)
                        values (?, 'none', ?, 'issued', current_date, 'Write now') returning id""",
                caseId, "Action " + marker);
    }

    @Test
    void anotherResearcherFindsNothingOfARestrictedCase() throws Exception {
        RequestPostProcessor stranger = researcher(other);
        // lists, search and counts
        assertNoMarker("/cases?q=" + marker, stranger);
        assertNoMarker("/cases", stranger);
        assertThat(json("/api/cases?q=Case%20" + marker, stranger)).contains("\"total\":0");
        assertThat(json("/api/incidents?caseId=" + caseId, stranger)).contains("\"total\":0");
        assertNoMarker("/persons?q=Zorgul", stranger);
        assertThat(json("/api/persons?q=Zorgul%20" + marker, stranger)).contains("\"total\":0");
        // The answer quotes the name asked for when another test's Zorgul sounds alike: look for the hidden person, not the marker.
        assertThat(json("/api/persons/matches?name=Zorgul%20" + marker, stranger))
                .doesNotContain("\"id\":" + hiddenPerson + ",").doesNotContain("\"matchedName\":\"Zorgul " + marker);
        assertNoMarker("/sources?q=" + marker, stranger);
        assertThat(json("/api/sources?q=" + marker, stranger)).contains("\"total\":0");
        assertThat(json("/api/actions?caseId=" + openCaseId, stranger)).doesNotContain(marker);
        assertThat(json("/api/actions?size=200", stranger)).doesNotContain("Action " + marker);
        assertNoMarker("/actions", stranger);
        // selects (autocomplete) on pages of an open case
        assertNoMarker("/cases/" + openCaseId, stranger);
        assertNoMarker("/incidents/" + openIncident, stranger);
        // single records: 404, as for an id that does not exist
        for (String path : List.of("/cases/" + caseId, "/cases/" + caseId + "/edit", "/persons/" + hiddenPerson,
                "/incidents/" + incident, "/sources/" + source, "/investigations/" + investigation,
                "/accounts/" + account + "/edit", "/actions/" + action, "/actions/for-case/" + caseId,
                "/actions?caseId=" + caseId, "/cases/" + caseId + "/incidents/new",
                "/api/cases/" + caseId, "/api/cases/" + caseId + "/overview", "/api/persons/" + hiddenPerson,
                "/api/incidents/" + incident, "/api/sources/" + source, "/api/investigations/" + investigation,
                "/api/actions/" + action, "/api/incidents/" + incident + "/parties")) {
            mockMvc.perform(get(path).with(stranger)).andExpect(status().isNotFound());
        }
        // writes to it are refused the same way
        mockMvc.perform(post("/cases/" + caseId + "/persons-at-risk").param("personId", String.valueOf(sharedPerson))
                .with(stranger).with(csrf())).andExpect(status().isNotFound());
        mockMvc.perform(post("/cases/" + openCaseId + "/persons-at-risk").param("personId", String.valueOf(hiddenPerson))
                .with(stranger).with(csrf())).andExpect(status().isBadRequest());
        // a person of a restricted and an open case shows, without the restricted links
        String shared = page("/persons/" + sharedPerson, stranger);
        assertThat(shared).contains("Sharedperson " + marker, "Open case " + marker).doesNotContain("Case " + marker);
        // the public take-action page stays public, without the case file
        String takeAction = mockMvc.perform(get("/take-action/" + action)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(takeAction).contains("Action " + marker).doesNotContain("Case " + marker);
    }

    @Test
    void aNamedResearcherSeesItUntilTakenOffTheList() throws Exception {
        RequestPostProcessor reader = researcher(named);
        assertThat(page("/cases?q=" + marker, reader)).contains("Case " + marker, "restricted");
        assertThat(page("/cases/" + caseId, reader)).contains("Zorgul " + marker, "Incident " + marker);
        assertThat(page("/persons/" + hiddenPerson, reader)).contains("Incident " + marker);
        assertThat(page("/sources/" + source, reader)).contains("Incident " + marker);
        assertThat(page("/persons?q=Zorgul", reader)).contains("Zorgul " + marker);
        assertThat(json("/api/persons/matches?name=Zorgul%20" + marker, reader)).contains(marker);
        assertThat(json("/api/incidents?caseId=" + caseId, reader)).contains("\"total\":1");
        assertThat(page("/incidents/" + openIncident, reader)).contains("Zorgul " + marker);

        // the named researcher names the other one; then an administrator takes the first off
        mockMvc.perform(post("/cases/" + caseId + "/access/readers").param("userId", String.valueOf(otherId))
                .with(reader).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(page("/cases/" + caseId, researcher(other))).contains("Case " + marker);
        mockMvc.perform(post("/cases/" + caseId + "/access/readers/" + namedId + "/remove")
                .with(user("admin").roles("ADMINISTRATOR")).with(csrf())).andExpect(status().is3xxRedirection());
        mockMvc.perform(get("/cases/" + caseId).with(reader)).andExpect(status().isNotFound());
        mockMvc.perform(get("/persons/" + hiddenPerson).with(reader)).andExpect(status().isNotFound());
        assertNoMarker("/persons?q=Zorgul", reader);

        List<String> entries = db.sql("select action from audit_entry where record_kind = 'case' and record_id = ? order by id")
                .param(String.valueOf(caseId)).query(String.class).list();
        assertThat(entries).contains("add-reader", "remove-reader");
    }

    @Test
    void openingTheCaseAgainShowsItToAllStaffAndAdministratorsSeeRestrictedCases() throws Exception {
        assertThat(page("/cases/" + caseId, user("admin").roles("ADMINISTRATOR"))).contains("Case " + marker);
        assertThat(db.sql("select count(*) from audit_entry where record_kind = 'case' and record_id = ? and action = 'view'")
                .param(String.valueOf(caseId)).query(Long.class).single()).isPositive();
        // a coordinator cannot change who sees a case
        mockMvc.perform(post("/cases/" + openCaseId + "/access").param("restricted", "true")
                .with(user("coord-" + marker).roles("COORDINATOR")).with(csrf())).andExpect(status().isForbidden());
        mockMvc.perform(post("/cases/" + caseId + "/access").param("restricted", "false")
                .with(researcher(named)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(page("/cases/" + caseId, researcher(other))).contains("Case " + marker);
        // restricting names the researcher who does it
        mockMvc.perform(post("/cases/" + openCaseId + "/access").param("restricted", "true")
                .with(researcher(other)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(page("/cases/" + openCaseId, researcher(other))).contains("Open case " + marker);
        mockMvc.perform(get("/cases/" + openCaseId).with(researcher(named))).andExpect(status().isNotFound());
    }

    private RequestPostProcessor researcher(String name) {
        return user(name).roles("RESEARCHER");
    }

    private void assertNoMarker(String path, RequestPostProcessor who, String... more) throws Exception {
        String body = page(path, who);
        assertThat(body).doesNotContain("Case " + marker).doesNotContain("Zorgul " + marker)
                .doesNotContain("Incident " + marker).doesNotContain("Source " + marker)
                .doesNotContain("Action " + marker);
        for (String text : more) {
            assertThat(body).doesNotContain(text);
        }
    }

    private String page(String path, RequestPostProcessor who) throws Exception {
        return mockMvc.perform(get(path).with(who)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private String json(String path, RequestPostProcessor who) throws Exception {
        return page(path, who);
    }

    private long person(String name) {
        long id = id("insert into person (gender) values ('x') returning id");
        db.sql("insert into person_name (person_id, name, script, position) values (?, ?, 'latin', 0)").params(id, name).update();
        return id;
    }

    private long id(String sql, Object... params) {
        return db.sql(sql).params(params).query(Long.class).single();
    }
}
